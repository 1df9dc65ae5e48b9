"""English role nouns, pronouns and cue words for actor resolution (``pipeline.actors``).

Same structure as ``lang/de/actor_roles.py``: ROLES maps a lower-case role noun (singular
or plural) to (sector, office, kind, gender). Sectors follow the PLOVER/CAMEO sector
codes used by the Phoenix agents dictionary (GOV, MIL, COP, JUD, LEG, REB, OPP, PTY, MED, ...).
"""
from __future__ import annotations

from .syntax import CALL_VERBS, OBJECT_CONTROL  # noqa: F401  (pronouns: who an infinitive's subject is)

ROLES: dict[str, tuple[str | None, str | None, str, str | None]] = {
    "center": (None, None, "ORG", None), "centre": (None, None, "ORG", None), 
    "president": ("GOV", "president", "PER", None), "head of state": ("GOV", "head_of_state", "PER", None),
    "leader": ("GOV", "head_of_state", "PER", None), "prime minister": ("GOV", "prime_minister", "PER", None),
    "premier": ("GOV", "prime_minister", "PER", None), "chancellor": ("GOV", "chancellor", "PER", None),
    "king": ("GOV", "monarch", "PER", "m"), "queen": ("GOV", "monarch", "PER", "f"),
    "monarch": ("GOV", "monarch", "PER", None),
    "emir": ("GOV", "monarch", "PER", "m"), "crown prince": ("GOV", "crown_prince", "PER", "m"),
    "vice president": ("GOV", "vice_president", "PER", None), "supreme leader": ("GOV", "supreme_leader", "PER", "m"),
    "foreign minister": ("GOV", "foreign_minister", "PER", None),
    "secretary of state": ("GOV", "foreign_minister", "PER", None),
    "foreign secretary": ("GOV", "foreign_minister", "PER", None),
    "top diplomat": ("GOV", "foreign_minister", "PER", None), "chief diplomat": ("GOV", "foreign_minister", "PER", None),
    "foreign policy chief": ("GOV", "foreign_minister", "PER", None),
    "defense secretary": ("GOV", "defence_minister", "PER", None),
    "defence secretary": ("GOV", "defence_minister", "PER", None),
    "defense minister": ("GOV", "defence_minister", "PER", None),
    "defence minister": ("GOV", "defence_minister", "PER", None),
    "counterpart": ("GOV", None, "PER", None), "counterparts": ("GOV", None, "GRP", None),
    "guest": (None, None, "PER", None),
    "governor": ("GOV", None, "PER", None), "mayor": ("GOV", None, "PER", None),
    "minister": ("GOV", None, "PER", None), "interior minister": ("GOV", None, "PER", None),
    "ambassador": ("GOV", None, "PER", None), "envoy": ("GOV", None, "PER", None),
    "consul general": ("GOV", None, "PER", None), "consul": ("GOV", None, "PER", None),
    "high commissioner": ("GOV", None, "PER", None),
    "electoral commission": ("GOV", None, "ORG", None), "election commission": ("GOV", None, "ORG", None),
    "electoral council": ("GOV", None, "ORG", None), "electoral tribunal": ("JUD", None, "ORG", None),
    "electoral court": ("JUD", None, "ORG", None), "electoral authority": ("GOV", None, "ORG", None),
    "chargé d'affaires": ("GOV", None, "PER", None), "charge d'affaires": ("GOV", None, "PER", None),
    "diplomat": ("GOV", None, "GRP", None), "diplomats": ("GOV", None, "GRP", None),
    "official": ("GOV", None, "PER", None), "officials": ("GOV", None, "GRP", None),
    "secretary-general": ("IGO", "secretary_general", "PER", None),
    "secretary general": ("IGO", "secretary_general", "PER", None),
    "special envoy": ("IGO", None, "PER", None), "special rapporteur": ("IGO", None, "PER", None),
    "special representative": ("IGO", None, "PER", None),
    "aid chief": ("IGO", None, "PER", None), "relief chief": ("IGO", None, "PER", None),
    "humanitarian chief": ("IGO", None, "PER", None), "rights chief": ("IGO", None, "PER", None),
    "human rights chief": ("IGO", None, "PER", None),
    "relief coordinator": ("IGO", None, "PER", None), "humanitarian coordinator": ("IGO", None, "PER", None),
    "human rights group": ("NGO", None, "ORG", None), "human rights groups": ("NGO", None, "ORG", None),
    "rights group": ("NGO", None, "ORG", None), "rights groups": ("NGO", None, "ORG", None),
    "aid group": ("NGO", None, "ORG", None), "aid groups": ("NGO", None, "ORG", None),
    "charity": ("NGO", None, "ORG", None), "charities": ("NGO", None, "ORG", None),
    "aid organisation": ("NGO", None, "ORG", None), "aid organization": ("NGO", None, "ORG", None),
    "humanitarian group": ("NGO", None, "ORG", None), "relief group": ("NGO", None, "ORG", None),
    # civil society: the country's own people organised, of its country (not coded NGO as rights groups are)
    "civil society groups": ("CVL", None, "ORG", None), "civil society organisations": ("CVL", None, "ORG", None),
    "civil society organizations": ("CVL", None, "ORG", None), "civil society": ("CVL", None, "ORG", None),
    "chief cabinet secretary": ("GOV", None, "PER", None), "cabinet secretary": ("GOV", None, "PER", None),
    "commission chairman": (None, None, "PER", None), "commission chairperson": (None, None, "PER", None),
    "commission chair": (None, None, "PER", None), "commission president": (None, None, "PER", None), "press secretary": (None, None, "PER", None),
    "spokesman": (None, None, "PER", "m"), "spokeswoman": (None, None, "PER", "f"),
    "ombudsman": ("GOV", None, "PER", None),   # a state's ombudsman is an office of the state
    # observers serve the body that sent them ("Observers from the East African Community")
    "observers": (None, None, "GRP", None), "observer mission": (None, None, "ORG", None),
    "adviser": (None, None, "PER", None), "advisor": (None, None, "PER", None),
    "director-general": (None, None, "PER", None), "director general": (None, None, "PER", None),
    "national security council": ("GOV", None, "ORG", None),
    "government spokesman": ("GOV", None, "PER", "m"), "government spokeswoman": ("GOV", None, "PER", "f"),
    "government spokesperson": ("GOV", None, "PER", None),
    "spokesperson": (None, None, "PER", None), "agent": ("GOV", None, "PER", None),
    "government": ("GOV", None, "ORG", None), "regime": ("GOV", None, "ORG", None),
    "cabinet": ("GOV", None, "ORG", None),
    "transitional council": ("GOV", None, "ORG", None), "presidential council": ("GOV", None, "ORG", None),
    "authorities": ("GOV", None, "ORG", None), "administration": ("GOV", None, "ORG", None),
    "ministry": ("GOV", None, "ORG", None), "foreign ministry": ("GOV", None, "ORG", None),
    **{f"{field} ministry": ("GOV", None, "ORG", None)
       for field in ("defence", "defense", "interior", "justice", "finance", "health", "commerce", "trade",
                     "economy", "energy", "education", "agriculture", "information", "home")},
    "office": (None, None, "ORG", None), "press office": (None, None, "ORG", None), "press service": (None, None, "ORG", None),
    "army": ("MIL", None, "ORG", None), "military": ("MIL", None, "ORG", None),
    "armed forces": ("MIL", None, "ORG", None), "troops": ("MIL", None, "GRP", None),
    "forces": ("MIL", None, "ORG", None), "soldiers": ("MIL", None, "GRP", None), "soldier": ("MIL", None, "PER", None),
    "air force": ("MIL", None, "ORG", None), "navy": ("MIL", None, "ORG", None), "coalition": ("MIL", None, "ORG", None),
    "general": ("MIL", None, "PER", None),
    # ranks name a soldier ("U.S. Army Staff Sergeant Gordon Black": the army's)
    "sergeant": ("MIL", None, "PER", None), "staff sergeant": ("MIL", None, "PER", None),
    "corporal": ("MIL", None, "PER", None), "lieutenant": ("MIL", None, "PER", None),
    "colonel": ("MIL", None, "PER", None), "lieutenant colonel": ("MIL", None, "PER", None),
    "brigadier": ("MIL", None, "PER", None), "brigadier general": ("MIL", None, "PER", None),
    "generals": ("MIL", None, "GRP", None), "officers": ("MIL", None, "GRP", None),
    "army officers": ("MIL", None, "GRP", None), "police officers": ("COP", None, "GRP", None), "junta": ("MIL", None, "ORG", None), "mutineers": ("MIL", None, "GRP", None),
    "coup plotters": ("MIL", None, "GRP", None), "putschists": ("MIL", None, "GRP", None), "delegation": ("GOV", None, "ORG", None),
    "warships": ("MIL", None, "GRP", None), "police": ("COP", None, "ORG", None),
    "gendarmes": ("COP", None, "GRP", None), "gendarmerie": ("COP", None, "ORG", None),
    "sheriff": ("COP", None, "PER", None), "troopers": ("COP", None, "GRP", None),
    "state troopers": ("COP", None, "GRP", None),
    "church": ("CVL", None, "ORG", None),
    "university": ("EDU", None, "ORG", None),   # "the university": the one the story named (resolve.GENERIC_SCHOOL)
    "coast guard": ("MIL", None, "ORG", None), "border guards": ("COP", None, "GRP", None), "investigators": ("COP", None, "GRP", None),
    "border police": ("COP", None, "ORG", None), "security services": ("COP", None, "ORG", None),
    "security agencies": ("COP", None, "ORG", None),
    "security forces": ("COP", None, "ORG", None), "court": ("JUD", None, "ORG", None), "judiciary": ("JUD", None, "ORG", None),
    "judge": ("JUD", None, "PER", None), "prosecutor": ("JUD", None, "PER", None),
    "grand jury": ("JUD", None, "ORG", None), "jury": ("JUD", None, "ORG", None), "public prosecution": ("JUD", None, "ORG", None),
    "prosecution service": ("JUD", None, "ORG", None),
    # law officers of a government ("Attorney General Letitia James": not a general of an army)
    "attorney general": ("GOV", None, "PER", None), "attorneys general": ("GOV", None, "GRP", None),
    "solicitor general": ("GOV", None, "PER", None), "inspector general": ("GOV", None, "PER", None),
    "police chief": ("COP", None, "PER", None), "police commissioner": ("COP", None, "PER", None),
    "police chiefs": ("COP", None, "GRP", None), "commissioner of police": ("COP", None, "PER", None),
    "parliament": ("LEG", None, "ORG", None), "congress": ("LEG", None, "ORG", None),
    "national assembly": ("LEG", None, "ORG", None), "senate": ("LEG", None, "ORG", None),
    "house of representatives": ("LEG", None, "ORG", None), "lower house": ("LEG", None, "ORG", None),
    "upper house": ("LEG", None, "ORG", None), "lawmakers": ("LEG", None, "GRP", None),
    "senator": ("LEG", None, "PER", None), "party": ("PTY", None, "ORG", None),
    # the wire's abbreviated titles before a name ("Rep. Marjorie Taylor Greene", "Gov. Denny Tamaki")
    "rep.": ("LEG", None, "PER", None), "sen.": ("LEG", None, "PER", None), "gov.": ("GOV", None, "PER", None),
    "socialists": ("PTY", None, "GRP", None), "social democrats": ("PTY", None, "GRP", None),
    "conservatives": ("PTY", None, "GRP", None), "communists": ("PTY", None, "GRP", None),
    "christian democrats": ("PTY", None, "GRP", None), "republicans": ("PTY", None, "GRP", None),
    "liberals": ("PTY", None, "GRP", None), "democrats": ("PTY", None, "GRP", None), "tories": ("PTY", None, "GRP", None),
    "gunmen": ("REB", None, "GRP", None), "attackers": ("REB", None, "GRP", None),
    "rioters": ("CVL", None, "GRP", None),   # a rioting crowd, no armed group
    "rebels": ("REB", None, "GRP", None), "rebel": ("REB", None, "PER", None), "insurgents": ("REB", None, "GRP", None),
    "militants": ("REB", None, "GRP", None), "militant group": ("REB", None, "ORG", None),
    "militia": ("REB", None, "ORG", None), "militias": ("REB", None, "ORG", None),
    "fighters": ("REB", None, "GRP", None), "jihadists": ("REB", None, "GRP", None),
    "terrorists": ("REB", None, "GRP", None), "separatists": ("REB", None, "GRP", None),
    "opposition": ("OPP", None, "ORG", None), "opposition leader": ("OPP", None, "PER", None),
    "party leader": ("PTY", None, "PER", None), "party chief": ("PTY", None, "PER", None),
    "party spokesman": ("PTY", None, "PER", "m"), "party spokeswoman": ("PTY", None, "PER", "f"),
    "party spokesperson": ("PTY", None, "PER", None),
    "protesters": ("OPP", None, "GRP", None), "demonstrators": ("OPP", None, "GRP", None),
    "supporters": ("OPP", None, "GRP", None), "followers": ("OPP", None, "GRP", None),
    "protest movement": ("OPP", None, "ORG", None), "movement": ("OPP", None, "ORG", None),
    "organisers": ("OPP", None, "GRP", None), "organizers": ("OPP", None, "GRP", None), "opposition candidate": ("OPP", None, "PER", None),
    "candidate": ("PTY", None, "PER", None), "winner": (None, None, "PER", None), "opposition alliance": ("OPP", None, "ORG", None),
    "activists": ("OPP", None, "GRP", None), "activist": ("OPP", None, "PER", None),
    "critics": ("OPP", None, "GRP", None), "dissidents": ("OPP", None, "GRP", None),
    "journalists": ("MED", None, "GRP", None), "journalist": ("MED", None, "PER", None),
    "news agency": ("MED", None, "ORG", None), "newspaper": ("MED", None, "ORG", None),
    "broadcaster": ("MED", None, "ORG", None),
    "civilians": ("CVL", None, "GRP", None), "residents": ("CVL", None, "GRP", None),
    "eyewitnesses": ("CVL", None, "GRP", None),
    "relatives": ("CVL", None, "GRP", None),   # (not "families": more often helped or told than acting)
    "parents": ("CVL", None, "GRP", None),
    # leaders of a community or faith are civilians, not a head of state ("Muslim community leaders condemned")
    "community leaders": ("CVL", None, "GRP", None), "community leader": ("CVL", None, "PER", None),
    "religious leaders": ("CVL", None, "GRP", None), "tribal leaders": ("CVL", None, "GRP", None),
    "tribal elders": ("CVL", None, "GRP", None), "clerics": ("CVL", None, "GRP", None),
    # clergy speak for a faith, not for a state: CAMEO's religious sector
    "archbishop": ("REL", None, "PER", "m"), "bishop": ("REL", None, "PER", "m"), "patriarch": ("REL", None, "PER", "m"),
    "catholicos": ("REL", None, "PER", "m"), "imam": ("REL", None, "PER", "m"), "grand mufti": ("REL", None, "PER", "m"),
    "rabbi": ("REL", None, "PER", "m"), "chief rabbi": ("REL", None, "PER", "m"), "cardinal": ("REL", None, "PER", "m"),
    "resistance groups": ("REB", None, "GRP", None), "resistance fighters": ("REB", None, "GRP", None),
    "resistance forces": ("REB", None, "GRP", None),
    # armed gangs (Haiti, Ecuador) fight as non-state armed groups of their country
    "gang": ("REB", None, "ORG", None), "gangs": ("REB", None, "GRP", None), "gang leader": ("REB", None, "PER", None),
    "gang leaders": ("REB", None, "GRP", None), "gang members": ("REB", None, "GRP", None),
    "environmentalists": ("CVL", None, "GRP", None), "coalition partner": ("PTY", None, "ORG", None),
    "refugees": ("REF", None, "GRP", None), "students": ("EDU", None, "GRP", None),
    "workers": ("LAB", None, "GRP", None), "union": ("LAB", None, "ORG", None),
    "union leader": ("LAB", None, "PER", None), "union leaders": ("LAB", None, "GRP", None),
    # occupational groups that act in news as a body (strikes, protests, demands)
    "doctors": ("CVL", None, "GRP", None), "physicians": ("CVL", None, "GRP", None), "farmers": ("CVL", None, "GRP", None),
    "truckers": ("CVL", None, "GRP", None), "truck drivers": ("CVL", None, "GRP", None),
    "teachers": ("EDU", None, "GRP", None), "nurses": ("LAB", None, "GRP", None), "strikers": ("LAB", None, "GRP", None),
    "employees": ("LAB", None, "GRP", None),
    "representatives": (None, None, "GRP", None), "negotiators": (None, None, "GRP", None),
    "representative": (None, None, "PER", None),   # "Its representative in Nairobi said"
    "royal palace": ("GOV", None, "ORG", None),   # "the royal palace said": the monarch's court speaks for the state
    "lawyer": (None, None, "PER", None), "lawyers": ("CVL", None, "GRP", None),
    "negotiator": (None, None, "PER", None),
    "businessman": ("BUS", None, "PER", "m"), "billionaire": ("BUS", None, "PER", None), "tycoon": ("BUS", None, "PER", None),
    "manager": ("BUS", None, "PER", None), "executive": ("BUS", None, "PER", None),
    "teacher": ("EDU", None, "PER", None),
    "tourist": ("CVL", None, "PER", None), "tourists": ("CVL", None, "GRP", None),
    # owners and operators of a site ("the club's owners", "the plant's operator")
    "owner": ("BUS", None, "PER", None), "owners": ("BUS", None, "GRP", None),
    "operator": ("BUS", None, "ORG", None), "operators": ("BUS", None, "GRP", None),
    "company": ("BUS", None, "ORG", None), "force": ("MIL", None, "ORG", None),
    "organization": (None, None, "ORG", None), "organisation": (None, None, "ORG", None),
    "bloc": (None, None, "ORG", None), "forum": (None, None, "ORG", None), "alliance": (None, None, "ORG", None),
    "agency": (None, None, "ORG", None), "fund": (None, None, "ORG", None), "bureau": (None, None, "ORG", None),
    # ("the International Trade Union Confederation ... The confederation said"): the body named before
    "confederation": (None, None, "ORG", None), "federation": (None, None, "ORG", None),
    "embassy": ("GOV", None, "ORG", None), "embassies": ("GOV", None, "ORG", None),
    "consulate": ("GOV", None, "ORG", None),
}
# "Security Minister Patricia Bullrich", "Finance Minister X": the field is part of the title, not a name
MINISTER_FIELDS = ("security", "finance", "trade", "commerce", "health", "economy", "economic", "energy", "labour",
                   "labor", "agriculture", "education", "justice", "environment", "transport", "industry",
                   "culture", "information", "communications", "home", "immigration", "intelligence",
                   "public security", "national security", "internal security", "mines", "oil", "tourism")
ROLES.update({f"{field} minister": ("GOV", None, "PER", None) for field in MINISTER_FIELDS})
# fields whose holders the knowledge base lists: "the interior minister" is that day's holder
ROLES.update({f"{field} minister": ("GOV", office, "PER", None) for field, office in (
    ("interior", "interior_minister"), ("home", "interior_minister"), ("finance", "finance_minister"),
    ("justice", "justice_minister"), ("economy", "economy_minister"), ("economic", "economy_minister"))})
ROLES.update({f"{field} ministry": ("GOV", None, "ORG", None) for field in MINISTER_FIELDS})
MIN_COMPOUND_HEAD = 99
GROUP_HEADS: tuple[str, ...] = ()
MEMBER_SECTORS: tuple[str, ...] = ()
# Roles only after a hyphenated prefix (German compounds such as "US-Kampfflugzeuge"); none in English
PREFIXED_ROLES: dict[str, tuple[str | None, str | None, str, str | None]] = {}
WHOLE_WORD_ROLES: tuple[str, ...] = ()
MEMBER_HEADS: tuple[str, ...] = ()   # English names members in words of their own ("NATO members")
SOURCE_HEADS: tuple[str, ...] = ()   # German compounds like "Polizeiangaben"   # English compounds are separate words: no suffix matching
# (English names no state's number by its article: "the United States", "the Philippines")
PLURAL_NAME_ARTICLES: tuple[str, ...] | None = None

COUNTERPARTS = {"counterpart", "counterparts"}
# Nouns for the visitor a host receives ("told his guest"): the last person of another state than the host.
GUESTS = {"guest"}
# Persons a hyphenated pair of demonyms describes as a dual national ("a Russian-American woman";
# not "an American-Israeli spy network")
DUAL_NATIONAL_NOUNS = frozenset({"woman", "man", "citizen", "national", "hostage", "journalist", "activist",
                                 "businessman", "businesswoman", "student", "scholar", "academic", "researcher",
                                 "reporter", "writer", "dissident", "prisoner", "detainee", "aid", "worker"})
CITIZENSHIP_FIRST = False   # (the last demonym of the pair is the citizenship)
PRONOUNS: dict[str, tuple[str | None, str | None]] = {
    "he": ("m", "sg"), "him": ("m", "sg"), "she": ("f", "sg"), "her": ("f", "sg"),
    "they": (None, "pl"), "them": (None, "pl"),
    # "It accused Bangladesh of ...": a body or state, only as the subject of a verb (see scan)
    "it": ("n", "sg"),
}
DEMONSTRATIVES = {"the latter"}
# "his country", "her homeland": the country of whoever the possessive takes up (gender, number of the owner)
HOME_NOUNS = frozenset({"country", "homeland"})
HOME_OWNERS: dict[str, tuple[str | None, str | None]] = {"his": ("m", "sg"), "her": ("f", "sg"), "their": (None, "pl")}
# English nationality nouns ("the Portuguese") are mostly plural or adjectival: not used.
DEMONYM_ARTICLES = ()
# One foreign individual and what names them later ("A 24-year-old Afghan ... arrested the man")
INDEFINITE_ARTICLES = ("a", "an")
DEFINITE_ARTICLES = frozenset({"the"})
AGE_WORDS = ("year", "old", "-")
# A person's nationality named as such ("a Mexican national"): where the person is from, not the scene
NATIONALITY_NOUNS = frozenset({"national", "nationals", "citizen", "citizens"})
INDIVIDUAL_NOUNS = frozenset({"man", "woman", "suspect", "attacker", "assailant", "gunman", "driver",
                              "perpetrator", "asylum-seeker"})
AGE_NOUN = r"^\d+-year-old$"
PARTY_PERSON = r"^$"   # no English counterpart of "die Grünen-Politikerin" is used

LOCATIVE_PREPOSITIONS = {"in", "at", "near", "into", "to", "across", "around", "outside"}
GENITIVE_ARTICLES: set[str] = set()
FOLLOWER_NOUNS: frozenset[str] = frozenset()   # English puts followers before "of": no genitive name
OF_WORDS = {"of", "for"}
# Roles whose body follows an ORIGIN_PREPOSITIONS word: "Observers from the African Union" serve it
SENT_ROLES = frozenset({"observers", "observer mission"})
# A state named after these nouns lies across a border ("nahe der Grenze zum Kongo"): no scene of the story
BORDER_NOUNS = ("border",)
TARGET_PREPOSITIONS = ("against",)   # a body after it is acted on by the states named before it
CITY_NOUNS = {"capital", "city", "town", "province", "region", "district"}
# Treaties named after the place they were signed ("the Vienna Convention", "the Minsk agreements",
# "the Oslo Accords"): the place is no party
TREATY_NOUNS = {"convention", "conventions", "accord", "accords", "agreement", "agreements", "protocol", "treaty",
                "declaration", "memorandum", "format", "charter"}
# Words that mark a news agency or broadcaster as the state's own ("the state news agency KCNA")
STATE_MEDIA_WORDS = {"state", "state-run", "state-owned", "official"}
HONORIFICS = {"dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sheikh", "ayatollah", "gen.", "gen", "maj",
              "maj.", "col.", "col", "lt.", "lt", "sir", "prince", "princess",
              # ranks between a title and a name ("junta leader Senior Gen. Min Aung Hlaing")
              "senior", "brig.", "brig", "adm.", "adm", "capt.", "capt", "sgt.", "sgt"}
# Possessives that only a state or body takes ("its government")
NEUTER_POSSESSIVES: set[str] = {"its"}
# Role words that are also adjectives: before a plain noun they describe a thing ("military communications"),
# except the forces' own assets, which stand for the forces ("a military base")
ATTRIBUTE_ROLES: tuple[str, ...] = ("military",)
FORCE_ASSETS: tuple[str, ...] = ("base", "installation", "post", "convoy", "position", "camp", "headquarters", "facility", "vehicle", "aircraft", "plane", "ship", "jet", "target", "patrol", "unit", "academy")
POSSESSIVES = {"his", "her", "its", "their"}

NOT_NAMES = {"Today", "Tomorrow", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
             "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
# Continents and their adjectives: regions no actor stands for ("urged other European states")
# Words of a faith the tagger may read as a name before a noun ("a Roman Catholic bishop")
FAITH_WORDS = frozenset({"roman", "catholic", "orthodox", "protestant", "evangelical", "anglican", "lutheran", "sunni",
                         "shiite", "shia"})
NOT_NAMES |= {"Europe", "Africa", "Asia", "Oceania", "Arctic", "Antarctica", "European", "African", "Asian", "Western"}
# Adjectives (lemma) marking a group as loyal to the government last named.
PRO_GOVERNMENT = {"pro-government", "pro-regime", "loyalist"}
# Adjectives that make a role noun unnamed foreigners ("ausländische Kräfte", "foreign forces")
FOREIGN_WORDS = {"foreign", "outside"}
# Before an unknown name, these make it a place (for capitals only LOCATIVE_PREPOSITIONS count).
PLACE_PREPOSITIONS = {"in", "at", "near", "from", "to"}
# Before a country, these say where a person or group comes from ("ein Arzt aus Saudi-Arabien")
ORIGIN_PREPOSITIONS = {"from"}
# an unknown person and the country named right after ("Anne Rasmussen of Samoa")
NAME_ORIGIN_WORDS = ORIGIN_PREPOSITIONS | {"of"}
# Armed forces that rule: unlike an army, they belong to the country they are placed in ("die Junta im Niger").
RULING_MILITARY = frozenset({"junta", "military junta", "military government", "coup leaders"})
# Parts of speech besides PROPN that may be part of a capitalised name (German nouns are all capitalised).
NAME_LIKE_POS: set[str] = {"NOUN", "X"}
# Continents and regions: places for the geo stage, never actor names here.
NOT_NAMES |= {"Europe", "Africa", "Asia", "Americas", "Mideast", "Latin", "Oceania", "Arctic", "Antarctica"}

# German "die von X angeführte Koalition" has no English counterpart here ("X-led" is one word)
LEADING_PARTICIPLES: set[str] = set()
# "Saudi-led coalition", "Liberian-flagged ship": the noun belongs to that country;
# "Iran-backed militias": a sponsor, not the militias' own country
OWNER_SUFFIXES = {"led", "flagged", "controlled", "owned", "based", "run", "held"}
SPONSOR_SUFFIXES = {"backed", "supported", "sponsored", "allied", "aligned", "funded", "armed", "trained"}

# Verbs of a cue frame that follows the words it reports with the pronoun first ("..., she said")
CLOSING_CUES = frozenset({"say", "tell", "add", "write", "state", "claim", "insist", "warn", "note", "argue"})

# Role nouns that name a party only after a possessive ("his office"; "ten offices" are buildings; "its
# representative", while "a representative of X" is X speaking)
POSSESSED_ONLY = frozenset({"office", "representative"})
SUBJECT_ONLY: frozenset[str] = frozenset()   # (German "Die Anklage wirft ... vor")
# Bodies a person's name right before owns ("the Trump administration", "the Netanyahu government")
PERSON_OWNED = frozenset({"administration", "government", "cabinet", "camp", "campaign"})
# Role nouns that name a party only with a country or organisation ("the U.S. embassy", "Mexico's embassy")
COUNTRY_BOUND = frozenset({"embassy", "embassies", "consulate"})
# Prepositions before a platform or channel named ("In a statement posted on X, Hussein Bashe said"): no employer
CHANNEL_PREPOSITIONS = frozenset({"on", "via"})
BODY_BOUND: frozenset[str] = frozenset()   # (German "Vertretung"; English says "delegation" or "mission")
# Role nouns for a state's whole executive (see the German list)
WHOLE_GOVERNMENT = frozenset({"government", "governments", "cabinet", "regime"})
# Plural words for governments that, bare of any article or owner ("urged governments not to ratify"), mean
# governments in general: no state's
GENERIC_PLURALS = frozenset({"governments"})
# Words before the leader of a group named just before them ("a delegation led by X"): the leader is of the
# group's country
LEADER_OPENERS = ("led by", "headed by")
# Heads of the full name of a body a story names by its short name ("the IMF ... The fund"): the body
SHORT_NAMED_HEADS = frozenset({"fund", "bureau"})
# Words between an unknown place and a known one it lies by ("a village near Goma")
NEAR_WORDS = frozenset({"near", "outside"})
# The relative word after a place whose clause names people there ("in the Philippines, where senators ...")
WHERE_WORDS = frozenset({"where"})
# Plural words for officers of any force: right after the police are named ("Officers also arrested dozens")
# they are police officers (police in 37 of the 39 such mentions of the read rounds), not soldiers
OFFICER_WORDS = frozenset({"officers"})
# Bare plural words for a state's authorities ("the authorities"): the story's own, unless a country is named with them
AUTHORITIES = frozenset({"authorities"})
# people of the story's own state wherever they are named: "phoned the winner" after foreign leaders
# the word before a short name between commas (", or CEAR,", ", kurz CIO,"): the name before it, shortened
ALIAS_WORDS = frozenset({"or"})
DOMESTIC_ROLES = frozenset({"winner"})
# A common noun for the story's state after a definite article ("the country", "the kingdom")
STATE_NOUNS = frozenset({"country", "kingdom", "nation"})
STATE_ARTICLES = frozenset({"the"})
# ... and the other state of a story on two ("accused the neighbour of ...")
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
# Local officials: an unplaced one serves in the sentence's country or the story's ("Governor Eduardo Leite")
# (and prosecutors and judges: "Prosecutors allege that Rocha ..." in a Miami story are American, whatever
# country came last)
LOCAL_ROLES = frozenset({"governor", "governors", "gov.", "mayor", "mayors", "prosecutor", "prosecutors", "judge",
                         "judges"})
# Lemmas before a title that make its holder new to the office ("the incoming president")
NEW_WORDS = frozenset({"new", "incoming", "elect", "designate"})
# Words that mark a title as held before ("der frühere Präsident", "the former president"): its holder is
# whoever the story named as that leader, not the one in office on the day (lemmas).
FORMER_WORDS = frozenset({"former", "ex", "onetime", "erstwhile"})
# Ends of the names of awards and contests (normalised), which are no actors ("the Nobel Peace Prize")
NON_ACTOR_ENDINGS = ("prize", "award", "medal", "olympics", "expo", "world cup")
# Heads of hyphenated street names (English writes "Palestine Street" apart)
STREET_HEADS = frozenset()
# Ends of the names of courts (normalised): a court the knowledge base lacks is still the judiciary
COURT_HEADS = ("court", "tribunal")
# Last words of police forces' names, for those the knowledge base lacks
POLICE_HEADS = ("police", "constabulary")
# Private people a demonym describes before their names are told ("ein britisches Ehepaar", "a Japanese
# journalist"): the names that follow are of that country (lemmas)
PEOPLE_NOUNS = frozenset({"couple", "national", "citizen", "tourist", "backpacker", "journalist", "reporter", "photographer", "activist", "student", "researcher", "academic", "scientist", "businessman", "businesswoman", "man", "woman", "teacher", "engineer", "hostage", "brother", "sister", "pensioner", "retiree"})
# Collective nouns that name the armed group told before, after a definite article ("die Gruppe", "the group")
GROUP_NOUNS = frozenset({"group"})
# A party's family name and the English head of its name: "the Conservatives" in a story on Canada are the
# Conservative Party of Canada, when the knowledge base knows one party of that family there
PARTY_FAMILIES = {"conservatives": "Conservative", "tories": "Conservative", "liberals": "Liberal",
                  "social democrats": "Social Democratic", "socialists": "Socialist", "communists": "Communist",
                  "christian democrats": "Christian Democratic", "republicans": "Republican", "democrats": "Democratic"}
# Words for a party's member before a title or a name ("der republikanische Senator", "Democrat Mark Warner")
PARTISAN_WORDS = {"republican": "Republican", "democratic": "Democratic", "democrat": "Democratic"}
