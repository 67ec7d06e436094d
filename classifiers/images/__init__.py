"""Patient information in attached pictures: text (OCR), faces, medical imaging, photo location.

Modules, in the order a picture meets them: ``decode`` (safe decoding, size and bomb guards,
downscaling), ``ocr`` (RapidOCR with its bundled models), ``text_phi`` (the PHI text
recognizers run on what was read), ``faces`` (BlazeFace on onnxruntime), ``medical`` (does it
look like a scan or a monitor), ``exif`` (GPS and time; hospital sites), ``context`` (what the
caption says), and ``analysis`` (one pass per post, results cached, pixels dropped). The
recognizers that turn this into findings live in ``classifiers/recognizers/image_text.py`` and
``image_scene.py``.
"""
