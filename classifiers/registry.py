"""The recognizers scrubs runs, in one explicit tuple (no import side effects).

Order matters only for the order findings are listed in; every recognizer sees every post
its ``prefilter`` accepts. Image recognizers (``image_*``) are listed by their owner.
"""

from __future__ import annotations

from classifiers.base import Recognizer
from classifiers.recognizers.clinical_advice import ClinicalAdvice
from classifiers.recognizers.image_scene import ImageScene
from classifiers.recognizers.image_text import ImageText
from classifiers.recognizers.patient_interaction import PatientInteraction
from classifiers.recognizers.phi_clinical_media import PhiClinicalMedia
from classifiers.recognizers.phi_identifiers import PhiIdentifiers
from classifiers.recognizers.phi_patient_name import PhiPatientName
from classifiers.recognizers.phi_quasi import PhiQuasi
from classifiers.recognizers.phi_reply_disclosure import PhiReplyDisclosure
from classifiers.recognizers.unprofessional_conduct import UnprofessionalConduct
from classifiers.recognizers.unprofessional_profanity import UnprofessionalProfanity
from classifiers.recognizers.unprofessional_remarks import UnprofessionalRemarks

DEFAULT_RECOGNIZERS: tuple[type[Recognizer], ...] = (
    PhiIdentifiers,
    PhiPatientName,
    PhiClinicalMedia,
    PhiQuasi,
    PhiReplyDisclosure,
    UnprofessionalProfanity,
    UnprofessionalRemarks,
    UnprofessionalConduct,
    PatientInteraction,
    ClinicalAdvice,
    ImageText,
    ImageScene,
)


def default_recognizers() -> list[Recognizer]:
    """Fresh instances of every default recognizer."""
    return [cls() for cls in DEFAULT_RECOGNIZERS]
