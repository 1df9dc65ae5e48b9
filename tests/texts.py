"""Hand-written example texts shared by several tests."""

GERMAN_WIRE = (
    "„Wir stehen an der Seite unserer Partner“, sagte der russische Außenminister Sergej Lawrow am Montag. "
    "Zuvor hatte er der NATO eine gezielte Eskalation vorgeworfen."
)
ENGLISH_WIRE = (
    "Iran's foreign minister accused Washington on Tuesday of destabilising the region. "
    "\"We will not accept these threats,\" he told reporters in Tehran."
)
