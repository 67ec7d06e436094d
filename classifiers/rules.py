"""The rule catalogue: every rule id scrubs can emit, its severity, weight and guidance.

Weights start from how likely US state medical boards said they were to investigate each kind
of lapse (Greysen et al., 2013, "Online professionalism investigations by state medical
boards: first, do no harm", Ann Intern Med 158:124): patient images 79%, contacting patients
online 77%, intoxication 73%, confidentiality breach 65%, discriminatory remarks 60%,
derogatory remarks about patients 46%. Rules the survey did not ask about carry a weight set
by analogy, marked ``(analogy)`` beside it. Guidance is paraphrased, naming the body.
"""

from __future__ import annotations

from classifiers.findings import Rule

_HIPAA = "HIPAA Privacy Rule: no individually identifiable health information without authorisation"
_GMC_CONF = (
    "GMC (Doctors' use of social media): patient confidentiality applies online; "
    "identifiable details can add up even without a name"
)
_IMC = "Irish Medical Council: never post information or images from which a patient could be identified"
_AMA = "AMA Code of Medical Ethics 2.3.2: keep patient privacy online and separate personal and professional content"
_FSMB = "FSMB social media guidelines: disparaging, discriminatory or intoxicated content can prompt board action"
_MPS = "MPS: keep professional boundaries online; do not accept patients as friends or give individual advice publicly"

# fmt: off
PHI_DIRECT = Rule("phi.direct_identifier", "phi", "high", 0.65, f"{_HIPAA}. {_IMC}.", "Direct patient identifier")  # Greysen: confidentiality breach 65%
PHI_NAME = Rule("phi.patient_name", "phi", "high", 0.65, f"{_HIPAA}. {_GMC_CONF}.", "Patient named or initialled in a clinical context")  # confidentiality breach 65%
PHI_RECORD_NUMBER = Rule("phi.record_number", "phi", "high", 0.65, f"{_HIPAA} (medical record numbers are one of the 18 identifiers).", "Medical record or hospital number")  # 65%
PHI_DOB = Rule("phi.date_of_birth", "phi", "high", 0.65, f"{_HIPAA} (dates of birth are one of the 18 identifiers).", "Date of birth")  # 65%
PHI_LOCATION_IN_CARE = Rule("phi.bed_or_room", "phi", "medium", 0.55, f"{_GMC_CONF}.", "Bed, room or bay of a patient")  # 65% scaled down (analogy): narrows but rarely identifies alone
PHI_CONTACT = Rule("phi.contact_details", "phi", "high", 0.65, f"{_HIPAA} (phone, email and address are identifiers).", "Patient contact details")  # 65%
PHI_QUASI = Rule("phi.quasi_identifiers", "phi", "high", 0.65, f"{_GMC_CONF}. {_IMC}.", "Details that together identify a patient")  # 65%
PHI_THREAD = Rule("phi.thread_case", "phi", "high", 0.65, f"{_GMC_CONF}: details spread over several posts add up the same way.", "Case identifiable across several posts")  # 65%
PHI_CLINICAL_MEDIA = Rule("phi.clinical_media", "phi", "high", 0.79, f"{_IMC}. {_AMA}.", "Caption describes a patient, chart, screen, wristband, board or scan")  # Greysen: patient images 79%
PHI_IMAGE_TEXT = Rule("phi.image_text", "phi", "high", 0.79, f"{_HIPAA}. {_IMC}.", "Patient information readable in an attached image")  # patient images 79%
PHI_IMAGE_FACE = Rule("phi.image_face", "phi", "medium", 0.79, f"{_IMC}: no patient images without written consent.", "Face in an image posted in a clinical context")  # patient images 79%
PHI_IMAGE_SCAN = Rule("phi.image_medical", "phi", "medium", 0.79, f"{_HIPAA}: burned-in text on imaging identifies the patient.", "Medical imaging or monitor screen")  # patient images 79%
PHI_IMAGE_LOCATION = Rule("phi.image_location", "phi", "medium", 0.65, f"{_GMC_CONF}: photo location data can place a patient.", "GPS location in image data")  # 65% (analogy)

UNPRO_PROFANITY = Rule("unprofessional.profanity", "unprofessional", "low", 0.30, f"{_FSMB}.", "Profanity or crude language")  # below derogatory 46% (analogy): boards rarely act on swearing alone
UNPRO_DEROGATORY = Rule("unprofessional.derogatory_patient", "unprofessional", "medium", 0.46, f"{_FSMB}. {_AMA}.", "Derogatory or mocking remark about patients")  # Greysen: derogatory remarks 46%
UNPRO_COLLEAGUE = Rule("unprofessional.mocking_colleague", "unprofessional", "low", 0.40, f"{_FSMB}. GMC: treat colleagues fairly and with respect online.", "Mocking or demeaning colleagues")  # below 46% (analogy)
UNPRO_DISCRIMINATORY = Rule("unprofessional.discriminatory", "unprofessional", "high", 0.60, f"{_FSMB}.", "Discriminatory remark")  # Greysen: discriminatory remarks 60%
UNPRO_SEXUAL = Rule("unprofessional.sexual", "unprofessional", "medium", 0.55, f"{_FSMB}.", "Sexual content")  # (analogy) between derogatory and discriminatory
UNPRO_INTOXICATION = Rule("unprofessional.intoxication", "unprofessional", "high", 0.73, f"{_FSMB}.", "Intoxication or drug use, especially near duty")  # Greysen: intoxication 73%
UNPRO_CLAIMS = Rule("unprofessional.unsubstantiated_claims", "unprofessional", "medium", 0.50, f"{_FSMB}: misleading claims and advertising. GMC: be honest and not misleading.", "Unsubstantiated treatment claim or advertising")  # (analogy)
UNPRO_MISCONDUCT = Rule("unprofessional.misconduct", "unprofessional", "high", 0.65, "FSMB social media guidelines: posts describing unethical or illegal conduct can prompt board action. GMC: act with honesty and integrity; records must be honest.", "Admits dishonest or unsafe conduct at work")  # (analogy) between confidentiality breach 65% and intoxication 73%
UNPRO_PATIENT_IMAGE = Rule("unprofessional.patient_image", "unprofessional", "high", 0.79, f"{_IMC}. {_AMA}. FSMB social media guidelines: photos taken with patients or of their bodies for show can prompt board action.", "Selfie or trophy photo with a patient or a patient's body")  # Greysen: patient images 79%
UNPRO_HOSTILE = Rule("unprofessional.hostile", "unprofessional", "medium", 0.55, f"{_FSMB}. {_MPS}: never argue with or threaten patients online.", "Insulting, arguing with or threatening someone online")  # (analogy)

PI_CONFIRMS_CARE = Rule("patient_interaction.confirms_care", "patient_interaction", "high", 0.77, f"{_MPS}. {_AMA}.", "Public reply that confirms someone is a patient")  # Greysen: contacting patients online 77%
PI_REVIEW_REPLY = Rule("patient_interaction.review_reply", "patient_interaction", "high", 0.77, f"{_HIPAA}: a reply that confirms a reviewer was treated discloses PHI.", "Review reply that confirms the reviewer was seen")  # 77%
PI_MOVE_TO_DM = Rule("patient_interaction.results_by_message", "patient_interaction", "medium", 0.60, f"{_MPS}: use secure clinical channels, not social media messages.", "Asks a patient to send results or details by message")  # (analogy)
PI_FRIENDING = Rule("patient_interaction.friending_patient", "patient_interaction", "medium", 0.77, f"{_MPS}.", "Announces friending or following a patient")  # 77%
PI_ROSTERED = Rule("patient_interaction.rostered_patient", "patient_interaction", "high", 0.77, f"{_MPS}: do not interact with patients through personal social media.", "Replies to or mentions a rostered patient")  # 77%

ADVICE_INDIVIDUAL = Rule("clinical_advice.individual_advice", "clinical_advice", "medium", 0.50, f"{_MPS}. GMC: do not give individual advice to people you have not assessed.", "Individual clinical advice given publicly")  # (analogy)

LINK_PATIENT_FRIEND = Rule("link.patient_friend", "link", "high", 0.77, f"{_MPS}. {_AMA}.", "Connection matches a rostered patient")  # Greysen: contacting patients online 77%
LINK_SELF_IDENTIFIED = Rule("link.patient_self_identified", "link", "medium", 0.77, f"{_MPS}.", "Account says the author treated them")  # 77%

ACCOUNT_NO_DISCLAIMER = Rule("account.no_disclaimer", "account", "low", 0.20, "AMA and dermatology society guidance: state that views are your own and not medical advice.", "No disclaimer on a professional profile")  # (analogy) advisory
ACCOUNT_MIXED_USE = Rule("account.mixed_use", "account", "low", 0.30, f"{_AMA}. GMC: consider separating personal and professional profiles.", "Personal and clinical content on one account")  # (analogy) advisory
# fmt: on

ALL_RULES: tuple[Rule, ...] = tuple(v for v in list(globals().values()) if isinstance(v, Rule))
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in ALL_RULES}
