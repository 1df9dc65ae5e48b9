"""German role nouns, pronouns and cue words for actor resolution (``pipeline.actors``).

ROLES maps a role noun (lemma, also matched as the last part of a compound such as
"Protestführer" or "UN-Generalsekretär") to (sector, office, kind, gender):
sector is the PLOVER/CAMEO sector, office a key of the knowledge base's dated offices
(None when no holder can be looked up), kind PER (one person), GRP (a group of people)
or ORG (an institution), gender m/f/None.
"""
from __future__ import annotations

from .syntax import CALL_VERBS, OBJECT_CONTROL  # noqa: F401  (pronouns: who an infinitive's subject is)

ROLES: dict[str, tuple[str | None, str | None, str, str | None]] = {
    "zentrum": (None, None, "ORG", None),
    # "die Allianz", "das Bündnis": the alliance the story named ("Nato ... warf der Allianz vor")
    "bündnis": (None, None, "ORG", None), "allianz": (None, None, "ORG", None),
    # heads of state and government
    "präsident": ("GOV", "president", "PER", "m"), "präsidentin": ("GOV", "president", "PER", "f"),
    "staatspräsident": ("GOV", "president", "PER", "m"), "staatspräsidentin": ("GOV", "president", "PER", "f"),
    "bundespräsident": ("GOV", "president", "PER", "m"),
    "staatschef": ("GOV", "head_of_state", "PER", "m"), "staatschefin": ("GOV", "head_of_state", "PER", "f"),
    "staatsoberhaupt": ("GOV", "head_of_state", "PER", None), "machthaber": ("GOV", "head_of_state", "PER", "m"),
    "regierungschef": ("GOV", "head_of_government", "PER", "m"),
    "regierungschefin": ("GOV", "head_of_government", "PER", "f"),
    "ministerpräsident": ("GOV", "prime_minister", "PER", "m"),
    "ministerpräsidentin": ("GOV", "prime_minister", "PER", "f"),
    "premierminister": ("GOV", "prime_minister", "PER", "m"),
    "premierministerin": ("GOV", "prime_minister", "PER", "f"),
    "premier": ("GOV", "prime_minister", "PER", "m"), "premierin": ("GOV", "prime_minister", "PER", "f"),
    "kanzler": ("GOV", "chancellor", "PER", "m"), "kanzlerin": ("GOV", "chancellor", "PER", "f"),
    "bundeskanzler": ("GOV", "chancellor", "PER", "m"), "bundeskanzlerin": ("GOV", "chancellor", "PER", "f"),
    "könig": ("GOV", "monarch", "PER", "m"), "königin": ("GOV", "monarch", "PER", "f"),
    "emir": ("GOV", "monarch", "PER", "m"), "sultan": ("GOV", "monarch", "PER", "m"),
    "monarch": ("GOV", "monarch", "PER", "m"), "monarchin": ("GOV", "monarch", "PER", "f"),
    "kronprinz": ("GOV", "crown_prince", "PER", "m"),
    "vizepräsident": ("GOV", "vice_president", "PER", "m"), "vizepräsidentin": ("GOV", "vice_president", "PER", "f"),
    "revolutionsführer": ("GOV", "supreme_leader", "PER", "m"),
    # ministers and officials
    "außenminister": ("GOV", "foreign_minister", "PER", "m"),
    "außenministerin": ("GOV", "foreign_minister", "PER", "f"),
    "chefdiplomat": ("GOV", "foreign_minister", "PER", "m"), "chefdiplomatin": ("GOV", "foreign_minister", "PER", "f"),
    "verteidigungsminister": ("GOV", "defence_minister", "PER", "m"),
    "verteidigungsministerin": ("GOV", "defence_minister", "PER", "f"),
    "innenminister": ("GOV", "interior_minister", "PER", "m"), "innenministerin": ("GOV", "interior_minister", "PER", "f"),
    "finanzminister": ("GOV", "finance_minister", "PER", "m"), "finanzministerin": ("GOV", "finance_minister", "PER", "f"),
    "justizminister": ("GOV", "justice_minister", "PER", "m"), "justizministerin": ("GOV", "justice_minister", "PER", "f"),
    "wirtschaftsminister": ("GOV", "economy_minister", "PER", "m"),
    "wirtschaftsministerin": ("GOV", "economy_minister", "PER", "f"),
    "minister": ("GOV", None, "PER", "m"), "ministerin": ("GOV", None, "PER", "f"),
    "staatssekretär": ("GOV", None, "PER", "m"), "botschafter": ("GOV", None, "PER", "m"), "hochkommissar": ("GOV", None, "PER", "m"),
    "kommissar": ("GOV", None, "PER", "m"), "kommissarin": ("GOV", None, "PER", "f"),   # "EU-Migrationskommissar": the prefix's body
    "geschäftsträger": ("GOV", None, "PER", "m"), "geschäftsträgerin": ("GOV", None, "PER", "f"),
    "botschafterin": ("GOV", None, "PER", "f"), "gesandter": ("GOV", None, "PER", "m"),
    "generalkonsul": ("GOV", None, "PER", "m"), "generalkonsulin": ("GOV", None, "PER", "f"),
    "konsul": ("GOV", None, "PER", "m"), "konsulin": ("GOV", None, "PER", "f"),
    "botschaft": ("GOV", None, "ORG", None), "botschaften": ("GOV", None, "ORG", None),
    "vertretung": (None, None, "ORG", None),   # of a body only: BODY_BOUND
    "konsulat": ("GOV", None, "ORG", None), "generalkonsulat": ("GOV", None, "ORG", None),
    "diplomat": ("GOV", None, "GRP", "m"), "diplomatin": ("GOV", None, "PER", "f"),
    "beamter": ("GOV", None, "GRP", "m"), "beamte": ("GOV", None, "GRP", None),
    "regierungsvertreter": ("GOV", None, "GRP", "m"), "bürgermeister": ("GOV", None, "PER", "m"),
    "gouverneur": ("GOV", None, "PER", "m"), "generalsekretär": ("IGO", "secretary_general", "PER", "m"),
    "generalsekretärin": ("IGO", "secretary_general", "PER", "f"),
    "sonderbeauftragter": ("IGO", None, "PER", "m"), "sonderbeauftragte": ("IGO", None, "PER", None),
    "außenbeauftragter": ("GOV", "foreign_minister", "PER", "m"), "außenbeauftragte": ("GOV", "foreign_minister", "PER", None),
    "sondergesandter": ("IGO", None, "PER", "m"), "sondergesandte": ("IGO", None, "PER", None),
    "sonderberichterstatter": ("IGO", None, "PER", "m"), "sonderberichterstatterin": ("IGO", None, "PER", "f"),
    "nothilfekoordinator": ("IGO", None, "PER", "m"), "nothilfekoordinatorin": ("IGO", None, "PER", "f"),
    "sonderkoordinator": ("IGO", None, "PER", "m"), "sonderkoordinatorin": ("IGO", None, "PER", "f"),
    "koordinator": (None, None, "PER", "m"), "koordinatorin": (None, None, "PER", "f"),
    "menschenrechtskommissar": ("IGO", None, "PER", "m"), "menschenrechtskommissarin": ("IGO", None, "PER", "f"),
    "hochkommissarin": ("GOV", None, "PER", "f"),
    "ratspräsident": ("IGO", "council_president", "PER", "m"),
    "kommissionspräsidentin": ("IGO", "commission_president", "PER", "f"),
    "kommissionspräsident": ("IGO", "commission_president", "PER", "m"),
    "amtskollege": ("GOV", None, "PER", "m"), "amtskollegen": ("GOV", None, "PER", "m"),
    "gast": (None, None, "PER", None),
    "amtskollegin": ("GOV", None, "PER", "f"), "kollege": ("GOV", None, "PER", "m"),
    "sprecher": (None, None, "PER", "m"), "sprecherin": (None, None, "PER", "f"),
    "berater": (None, None, "PER", "m"), "beraterin": (None, None, "PER", "f"),
    "anführer": (None, None, "PER", "m"), "anführerin": (None, None, "PER", "f"),
    "agent": ("GOV", None, "PER", "m"), "spion": ("GOV", None, "PER", "m"),
    # institutions
    "regierung": ("GOV", None, "ORG", None), "regime": ("GOV", None, "ORG", None),
    "kabinett": ("GOV", None, "ORG", None), "kabinetts": ("GOV", None, "ORG", None),
    # a transitional council governs ("der Präsidiale Übergangsrat" of Haiti, Libya's "Präsidialrat")
    "übergangsrat": ("GOV", None, "ORG", None), "präsidialrat": ("GOV", None, "ORG", None),
    "führung": ("GOV", None, "ORG", None), "behörde": ("GOV", None, "ORG", None), "behörden": ("GOV", None, "ORG", None),
    "fonds": (None, None, "ORG", None),
    "ministerium": ("GOV", None, "ORG", None), "außenministerium": ("GOV", None, "ORG", None),
    "präsidialamt": ("GOV", None, "ORG", None), "präsidialverwaltung": ("GOV", None, "ORG", None),
    "sicherheitskreise": ("GOV", None, "GRP", None), "regierungskreise": ("GOV", None, "GRP", None),
    "innenministerium": ("GOV", None, "ORG", None), "gesundheitsministerium": ("GOV", None, "ORG", None),
    "verteidigungsministerium": ("GOV", None, "ORG", None), "geheimdienst": ("GOV", None, "ORG", None),
    "armee": ("MIL", None, "ORG", None), "militär": ("MIL", None, "ORG", None), "streitkräfte": ("MIL", None, "ORG", None),
    "truppe": ("MIL", None, "ORG", None), "truppen": ("MIL", None, "ORG", None), "luftwaffe": ("MIL", None, "ORG", None),
    "heer": ("MIL", None, "ORG", None), "heeres": ("MIL", None, "ORG", None),
    # (bare "Einheiten" stays unread: "Einheiten der Regionalregierung" are the regional government's)
    "polizeieinheit": ("COP", None, "ORG", None), "polizeieinheiten": ("COP", None, "ORG", None),
    "marine": ("MIL", None, "ORG", None), "militärkoalition": ("MIL", None, "ORG", None),
    "koalition": ("MIL", None, "ORG", None), "soldat": ("MIL", None, "GRP", "m"), "general": ("MIL", None, "PER", "m"),
    "generäle": ("MIL", None, "GRP", None), "offizier": ("MIL", None, "GRP", "m"),
    **{f"{arm}offizier": ("MIL", None, "GRP", "m") for arm in ("marine", "armee", "heeres", "luftwaffen")},
    "junta": ("MIL", None, "ORG", None), "militärjunta": ("MIL", None, "ORG", None),
    "putschist": ("MIL", None, "GRP", "m"), "putschisten": ("MIL", None, "GRP", None),
    "meuterer": ("MIL", None, "GRP", None),
    "militärregierung": ("GOV", None, "ORG", None), "militärregierungen": ("GOV", None, "ORG", None),
    "juntachef": ("MIL", None, "PER", "m"), "kriegsschiff": ("MIL", None, "GRP", None),
    "funktionär": ("GOV", None, "GRP", "m"), "funktionäre": ("GOV", None, "GRP", None),
    "delegation": ("GOV", None, "ORG", None), "chef": (None, None, "PER", "m"), "chefin": (None, None, "PER", "f"),
    "vorsitzender": (None, None, "PER", "m"), "vorsitzende": (None, None, "PER", None), "vorsitzenden": (None, None, "PER", None),
    "generaldirektor": (None, None, "PER", "m"), "generaldirektorin": (None, None, "PER", "f"),
    # a state's own security council, not the UN's ("des Nationalen Sicherheitsrats" in Seoul)
    **{f"{adj} {noun}": ("GOV", None, "ORG", None) for adj in ("nationaler", "nationale", "nationalen")
       for noun in ("sicherheitsrat", "sicherheitsrats", "sicherheitsrates")},
    "anhänger": ("OPP", None, "GRP", None), "blockierer": ("OPP", None, "GRP", None),
    "militärsprecher": ("MIL", None, "PER", "m"), "armeesprecher": ("MIL", None, "PER", "m"),
    "militärsprecherin": ("MIL", None, "PER", "f"), "armeesprecherin": ("MIL", None, "PER", "f"),
    "polizeisprecher": ("COP", None, "PER", "m"), "polizeisprecherin": ("COP", None, "PER", "f"),
    "regierungssprecher": ("GOV", None, "PER", "m"), "regierungssprecherin": ("GOV", None, "PER", "f"),
    "polizei": ("COP", None, "ORG", None), "polizeichef": ("COP", None, "PER", "m"),
    "kriminalpolizei": ("COP", None, "ORG", None),
    "anklage": ("JUD", None, "ORG", None),   # the prosecution, as the subject of its verb only (SUBJECT_ONLY)
    # a state's ombudsman ("die Ombudsstelle Defensoría del Pueblo") is an office of the state
    "ombudsstelle": ("GOV", None, "ORG", None), "ombudsmann": ("GOV", None, "PER", "m"),
    "ombudsfrau": ("GOV", None, "PER", "f"),
    # observers serve the body that sent them ("Wahlbeobachter der Afrikanischen Union")
    "beobachter": (None, None, "GRP", "m"), "wahlbeobachter": (None, None, "GRP", "m"),
    # experts speak for the body that sent them ("UN-Experten werfen Ruanda vor"), bare ones for no one
    "experte": (None, None, "GRP", None), "experten": (None, None, "GRP", None),
    "beobachtermission": (None, None, "ORG", None),
    **{form: ("COP", None, "ORG", None) for form in ("landeskriminalamt", "landeskriminalamts", "landeskriminalamtes")},
    "polizeichefin": ("COP", None, "PER", "f"), "küstenwache": ("MIL", None, "ORG", None),
    "marinen": ("MIL", None, "ORG", None), "polizist": ("COP", None, "GRP", "m"),
    "gendarm": ("COP", None, "GRP", "m"), "gendarmerie": ("COP", None, "ORG", None),
    "kirche": ("CVL", None, "ORG", None),
    # "die Universität", "die Hochschule": the university the story named (resolve.GENERIC_SCHOOL)
    "universität": ("EDU", None, "ORG", None), "hochschule": ("EDU", None, "ORG", None),
    "eliteuniversität": ("EDU", None, "ORG", None),
    # an association of growers, drivers or lawyers ("Der Verband der Zitrusbauern forderte ...")
    **{w: ("CVL", None, "ORG", None) for w in ("verband", "verbands", "verbandes", "verbände", "verbänden")},
    "sicherheitskräfte": ("COP", None, "ORG", None), "grenzschutz": ("COP", None, "ORG", None),
    "sicherheitsbehörden": ("COP", None, "ORG", None),
    # the police, fire and rescue crews sent to an attack or a disaster ("dankte den Einsatzkräften")
    "einsatzkräfte": ("COP", None, "GRP", None), "einsatzkräften": ("COP", None, "GRP", None),
    "sicherheitsleute": ("COP", None, "GRP", None), "sicherheitsleuten": ("COP", None, "GRP", None),
    "justizrat": ("JUD", None, "ORG", None),
    "königshaus": ("GOV", None, "ORG", None), "königspalast": ("GOV", None, "ORG", None),
    "grenzschützer": ("COP", None, "GRP", None), "ermittler": ("COP", None, "GRP", None), "grenzpolizei": ("COP", None, "ORG", None),
    "grenzsoldaten": ("MIL", None, "GRP", None),
    "gericht": ("JUD", None, "ORG", None), "justiz": ("JUD", None, "ORG", None), "tribunal": ("JUD", None, "ORG", None),
    "kassationshof": ("JUD", None, "ORG", None),
    "generalstaatsanwaltschaft": ("JUD", None, "ORG", None), "richter": ("JUD", None, "PER", "m"),
    "richterin": ("JUD", None, "PER", "f"),
    "richterinnen": ("JUD", None, "GRP", None), "staatsanwältinnen": ("JUD", None, "GRP", None),
    "staatsanwältin": ("JUD", None, "PER", "f"), "staatsanwalt": ("JUD", None, "PER", "m"),
    # an office of its own: "die Generalstaatsanwältin" is not the prosecutor named last
    "generalstaatsanwalt": ("JUD", None, "PER", "m"), "generalstaatsanwältin": ("JUD", None, "PER", "f"),
    "anwalt": (None, None, "PER", "m"), "anwältin": (None, None, "PER", "f"), "anwälte": ("CVL", None, "GRP", None),
    "staatsanwaltschaft": ("JUD", None, "ORG", None), "parlament": ("LEG", None, "ORG", None),
    "kongress": ("LEG", None, "ORG", None), "nationalversammlung": ("LEG", None, "ORG", None),
    "senat": ("LEG", None, "ORG", None), "repräsentantenhaus": ("LEG", None, "ORG", None),
    "abgeordnetenhaus": ("LEG", None, "ORG", None), "unterhaus": ("LEG", None, "ORG", None),
    "oberhaus": ("LEG", None, "ORG", None),
    "abgeordneter": ("LEG", None, "PER", "m"), "abgeordnete": ("LEG", None, "GRP", None),
    "parlamentspräsident": ("LEG", None, "PER", "m"), "senator": ("LEG", None, "PER", "m"),
    # (Austria's speaker, not the president of the European Council that "-ratspräsident" would name)
    "nationalratspräsident": ("LEG", None, "PER", "m"), "nationalratspräsidentin": ("LEG", None, "PER", "f"),
    "nationalrat": ("LEG", None, "ORG", None),
    "partei": ("PTY", None, "ORG", None), "regierungspartei": ("PTY", None, "ORG", None),
    # a party's members by its family's name ("Die regierenden Sozialisten lehnten die Forderung ab")
    "sozialisten": ("PTY", None, "GRP", None), "sozialdemokraten": ("PTY", None, "GRP", None),
    "konservativen": ("PTY", None, "GRP", None), "kommunisten": ("PTY", None, "GRP", None),
    "christdemokraten": ("PTY", None, "GRP", None), "republikaner": ("PTY", None, "GRP", None),
    "liberalen": ("PTY", None, "GRP", None), "demokraten": ("PTY", None, "GRP", None),
    "oppositionspartei": ("OPP", None, "ORG", None),
    # non-state actors
    "rebell": ("REB", None, "GRP", "m"), "rebellen": ("REB", None, "GRP", None), "aufständischer": ("REB", None, "GRP", "m"),
    "aufständische": ("REB", None, "GRP", None), "miliz": ("REB", None, "ORG", None), "milizen": ("REB", None, "ORG", None),
    "kämpfer": ("REB", None, "GRP", "m"), "dschihadist": ("REB", None, "GRP", "m"), "terrorist": ("REB", None, "GRP", "m"),
    "bewaffnete": ("REB", None, "GRP", None), "angreifer": ("REB", None, "GRP", "m"),
    "randalierer": ("CVL", None, "GRP", None),   # a rioting crowd, no armed group
    "widerstandsgruppe": ("REB", None, "ORG", None), "widerstandsgruppen": ("REB", None, "ORG", None),
    "widerstandskräfte": ("REB", None, "GRP", None),
    "bande": ("REB", None, "ORG", None), "banden": ("REB", None, "ORG", None), "bandenchef": ("REB", None, "PER", "m"),
    "bandenführer": ("REB", None, "PER", "m"), "bandenmitglieder": ("REB", None, "GRP", None),
    # clergy speak for a faith, not for a state ("Der Katholikos verurteilte den Richterspruch"): CAMEO's REL
    "erzbischof": ("REL", None, "PER", "m"), "bischof": ("REL", None, "PER", "m"), "patriarch": ("REL", None, "PER", "m"),
    "katholikos": ("REL", None, "PER", "m"), "imam": ("REL", None, "PER", "m"), "mufti": ("REL", None, "PER", "m"),
    "rabbiner": ("REL", None, "PER", "m"), "oberrabbiner": ("REL", None, "PER", "m"), "kardinal": ("REL", None, "PER", "m"),
    "geistliche": ("REL", None, "GRP", None), "geistlichen": ("REL", None, "GRP", None),
    "extremist": ("REB", None, "GRP", "m"), "islamist": ("REB", None, "GRP", "m"), "separatist": ("REB", None, "GRP", "m"),
    "terrormiliz": ("REB", None, "ORG", None), "paramilitär": ("REB", None, "ORG", None),
    "opposition": ("OPP", None, "ORG", None), "oppositionsführer": ("OPP", None, "PER", "m"),
    "parteichef": ("PTY", None, "PER", "m"), "parteichefin": ("PTY", None, "PER", "f"),
    "parteisprecher": ("PTY", None, "PER", "m"), "parteisprecherin": ("PTY", None, "PER", "f"),
    "parteivorsitzender": ("PTY", None, "PER", "m"), "parteivorsitzende": ("PTY", None, "PER", None),
    "oppositionspolitiker": ("OPP", None, "GRP", "m"), "oppositionspolitikerin": ("OPP", None, "PER", "f"),
    "oppositionsführerin": ("OPP", None, "PER", "f"), "oppositionelle": ("OPP", None, "GRP", None),
    "regierungsgegner": ("OPP", None, "GRP", "m"), "gegner": ("OPP", None, "GRP", "m"),
    "kritiker": ("OPP", None, "GRP", "m"), "regierungskritiker": ("OPP", None, "GRP", "m"),
    "regimekritiker": ("OPP", None, "GRP", "m"), "dissident": ("OPP", None, "GRP", "m"),
    "demonstrant": ("OPP", None, "GRP", "m"), "demonstranten": ("OPP", None, "GRP", None),
    "protestierende": ("OPP", None, "GRP", None), "protestierenden": ("OPP", None, "GRP", None),
    "protestführer": ("OPP", None, "PER", "m"), "oppositionskandidat": ("OPP", None, "PER", "m"),
    "oppositionskandidatin": ("OPP", None, "PER", "f"), "kandidat": ("PTY", None, "PER", "m"),
    "wahlsieger": (None, None, "PER", "m"), "wahlsiegerin": (None, None, "PER", "f"), "sieger": (None, None, "PER", "m"),
    "siegerin": (None, None, "PER", "f"), "wahlgewinner": (None, None, "PER", "m"), "wahlgewinnerin": (None, None, "PER", "f"),
    "kandidatin": ("PTY", None, "PER", "f"), "protestbewegung": ("OPP", None, "ORG", None),
    "bewegung": ("OPP", None, "ORG", None), "oppositionsbündnis": ("OPP", None, "ORG", None), "organisatoren": ("OPP", None, "GRP", None),
    "veranstalter": ("OPP", None, "GRP", None),
    "demokratiebewegung": ("OPP", None, "ORG", None), "oppositionsgruppe": ("OPP", None, "ORG", None), "aktivist": ("OPP", None, "GRP", "m"), "aktivistin": ("OPP", None, "PER", "f"),
    "journalist": ("MED", None, "GRP", "m"), "journalistin": ("MED", None, "PER", "f"),
    "zeitung": ("MED", None, "ORG", None), "tageszeitung": ("MED", None, "ORG", None),
    "nachrichtenagentur": ("MED", None, "ORG", None), "fernsehsender": ("MED", None, "ORG", None),
    "sender": ("MED", None, "ORG", None), "staatsmedien": ("MED", None, "ORG", None),
    "zivilist": ("CVL", None, "GRP", "m"), "bewohner": ("CVL", None, "GRP", "m"), "einwohner": ("CVL", None, "GRP", "m"),
    "augenzeuge": ("CVL", None, "GRP", "m"),
    "umweltschützer": ("CVL", None, "GRP", None), "koalitionspartner": ("PTY", None, "ORG", None),
    "bürger": ("CVL", None, "GRP", "m"), "flüchtling": ("REF", None, "GRP", "m"), "student": ("EDU", None, "GRP", "m"),
    # relatives of victims or prisoners act in news as a group ("Angehörige der Opfer warfen den Behörden vor")
    "angehörige": ("CVL", None, "GRP", None), "angehörigen": ("CVL", None, "GRP", None),
    "familie": ("CVL", None, "GRP", None), "familien": ("CVL", None, "GRP", None),
    "eltern": ("CVL", None, "GRP", None),   # ("bat die Eltern um Verzeihung", "Eltern protestierten")
    "arbeiter": ("LAB", None, "GRP", "m"), "gewerkschaft": ("LAB", None, "ORG", None),
    # occupational groups that act in news as a body (strikes, protests, demands)
    "arzt": ("CVL", None, "GRP", "m"), "ärzte": ("CVL", None, "GRP", None), "mediziner": ("CVL", None, "GRP", "m"),
    "landwirt": ("CVL", None, "GRP", "m"), "bauern": ("CVL", None, "GRP", None),
    "lastwagenfahrer": ("CVL", None, "GRP", "m"), "lkw-fahrer": ("CVL", None, "GRP", "m"),
    "lehrer": ("EDU", None, "GRP", "m"),
    "lehrkraft": ("EDU", None, "GRP", None), "lehrkräfte": ("EDU", None, "GRP", None),
    "pflegekraft": ("LAB", None, "GRP", None),
    "streikende": ("LAB", None, "GRP", None), "streikenden": ("LAB", None, "GRP", None),
    "beschäftigte": ("LAB", None, "GRP", None), "beschäftigten": ("LAB", None, "GRP", None),
    "gewerkschafter": ("LAB", None, "GRP", "m"), "gewerkschaftsführer": ("LAB", None, "GRP", "m"),
    "unternehmen": ("BUS", None, "ORG", None), "konzern": ("BUS", None, "ORG", None),
    "unternehmer": ("BUS", None, "PER", "m"), "milliardär": ("BUS", None, "PER", "m"),
    "geschäftsmann": ("BUS", None, "PER", "m"),
    "manager": ("BUS", None, "GRP", "m"), "managerin": ("BUS", None, "PER", "f"),
    "tourist": ("CVL", None, "GRP", "m"), "touristin": ("CVL", None, "PER", "f"),
    # owners and operators of a site ("der Eigentümer des Einkaufszentrums", "die Betreiber des Hafens")
    "eigentümer": ("BUS", None, "PER", "m"), "eigentümerin": ("BUS", None, "PER", "f"),
    "besitzer": ("BUS", None, "PER", "m"), "besitzerin": ("BUS", None, "PER", "f"),
    "betreiber": ("BUS", None, "ORG", None), "betreiberfirma": ("BUS", None, "ORG", None),
    "ausschuss": ("LEG", None, "ORG", None), "komitee": (None, None, "ORG", None),
    "kommission": (None, None, "ORG", None), "büro": (None, None, "ORG", None),
    "rat": (None, None, "ORG", None),   # "Der Rat fordert Israel auf": the council named before (UN-Sicherheitsrat)
    "pressedienst": (None, None, "ORG", None), "pressestelle": (None, None, "ORG", None),
    "wahlkommission": ("GOV", None, "ORG", None), "wahlbehörde": ("GOV", None, "ORG", None),
    "wahlrat": ("GOV", None, "ORG", None), "wahlgericht": ("JUD", None, "ORG", None),
    "wahltribunal": ("JUD", None, "ORG", None),
    "vertreter": (None, None, "GRP", None), "unterhändler": (None, None, "GRP", None),
    "verhandlungsführer": (None, None, "PER", "m"),
    "organisation": (None, None, "ORG", None), "mission": (None, None, "ORG", None),
    # staff of a body (not "Arbeiter", workers): theirs by a prefix or genitive ("UN-Mitarbeiter")
    "mitarbeiter": (None, None, "GRP", None), "mitarbeiterin": (None, None, "PER", "f"),
    "mitarbeitern": (None, None, "GRP", None),
    "patrouille": (None, None, "GRP", None), "hilfsorganisation": ("NGO", None, "ORG", None), "menschenrechtsorganisation": ("NGO", None, "ORG", None),
    "menschenrechtsgruppe": ("NGO", None, "ORG", None), "menschenrechtsgruppen": ("NGO", None, "ORG", None),
    # "Organisationen der Zivilgesellschaft": the country's own people organised, of its country (not coded NGO)
    "zivilgesellschaft": ("CVL", None, "ORG", None),
}

# Heads of compounds naming a body by its members ("Rebellengruppe", "Milizverbände",
# "Terrororganisation"): the first part says who they are.
GROUP_HEADS = ("gruppe", "gruppen", "gruppierung", "organisation", "verband", "verbände", "netzwerk", "allianz")
MEMBER_SECTORS = ("REB", "MIL", "COP")   # armed members: a professional body ("Ärzteverband") has a name of its own

# Role words that are never the head of a longer compound ("Talibanführer" is no "Talib|anführer", "Verbände" no
# "Ver|bände").
# Roles only after a state's hyphenated prefix: a force's aircraft stand for it ("US-Kampfflugzeuge zerstörten"); alone
# ("nigerianische Kampfjets", "Kampfjets griffen an") the adjective or the grammar names whose they are
PREFIXED_ROLES: dict[str, tuple[str | None, str | None, str, str | None]] = {
    **{w: ("MIL", None, "GRP", None) for w in ("kampfflugzeug", "kampfflugzeuge", "kampfjet", "kampfjets", "kampfbomber",
                                              "kampfhubschrauber", "militärflugzeug", "militärflugzeuge")},
    # a director only of a body named in the prefix ("der Amnesty-Regionaldirektor"; a bare "Direktor" is anyone's)
    **{w: (None, None, "PER", g) for w, g in (("direktor", "m"), ("direktorin", "f"), ("regionaldirektor", "m"),
                                              ("regionaldirektorin", "f"))}}
WHOLE_WORD_ROLES = ("anführer", "anführerin", "bande", "banden", "vertretung")   # (not "Arbeitnehmervertretung")

# Suffixes tried when a compound is not itself listed ("Huthi-Sprecher", "Oppositionssprecher").
MIN_COMPOUND_HEAD = 4
# Compound tails that make the first part a source: "nach Polizeiangaben" is the police,
# "aus Diplomatenkreisen" diplomats, "Regierungsquellen" the government.
SOURCE_HEADS = ("angaben", "kreisen", "kreise", "quellen", "berichten")
# The articles of a state named in the plural ("die USA", "den Philippinen"); a bare name is one state
PLURAL_NAME_ARTICLES: tuple[str, ...] | None = ("die", "den")
# Heads of compounds naming an alliance by its member states ("Nato-Staaten", "Asean-Partner"): the alliance acts
MEMBER_HEADS = ("staaten", "mitgliedstaaten", "mitgliedsstaaten", "mitglieder", "länder", "partner", "partnern")

# Nouns that refer to a colleague holding the same office as the sentence's subject.
COUNTERPARTS = {"amtskollege", "amtskollegin", "kollege", "kollegin", "amtskollegen", "gegenüber"}
# Nouns for the visitor a host receives ("empfing den Gast"): the last person of another state than the host.
GUESTS = {"gast"}

# Group nouns before a genitive name are that person's followers, not the person ("Tausende Anhänger Dodiks").
FOLLOWER_NOUNS = frozenset({"anhänger", "unterstützer", "gefolgsleute", "getreue", "getreuen"})
# Persons a hyphenated pair of nationality adjectives describes as a dual national ("ein belgisch-portugiesischer
# Mitarbeiter"; not "die deutsch-französische Brigade"): German names the citizenship first, unless the sentence is
# set in the other state, which holds the person as its own ("Ein Gericht in Algerien ... den französisch-algerischen
# Schriftsteller")
DUAL_NATIONAL_NOUNS = frozenset({"mann", "frau", "staatsbürger", "staatsbürgerin", "staatsangehöriger",
                                 "staatsangehörige", "journalist", "journalistin", "aktivist", "aktivistin",
                                 "geschäftsmann", "geschäftsfrau", "student", "studentin", "wissenschaftler",
                                 "wissenschaftlerin", "forscher", "forscherin", "reporter", "reporterin",
                                 "schriftsteller", "schriftstellerin", "dissident", "dissidentin", "häftling",
                                 "gefangene", "gefangener", "mitarbeiter", "mitarbeiterin", "menschenrechtler",
                                 "menschenrechtlerin", "frauenrechtlerin", "doppelstaatler", "doppelstaatlerin"})
CITIZENSHIP_FIRST = True
# Pronouns: form -> (gender m/f/n/None, number sg/pl/None). "sie" is feminine singular or plural.
PRONOUNS: dict[str, tuple[str | None, str | None]] = {
    "er": ("m", "sg"), "ihn": ("m", "sg"), "ihm": ("m", "sg"),
    "sie": (None, None), "ihr": ("f", "sg"), "ihnen": (None, "pl"),
}
DEMONSTRATIVES = {"dieser", "letzterer", "jener"}
# "sein Land", "in seinem Heimatland": the country of whoever the possessive takes up (gender, number of the
# owner). Not the genitive: "die Partner seines Landes", "die Integrität seines Landes" name no party.
HOME_NOUNS = frozenset({"land", "lande", "heimatland", "heimatlande"})
HOME_OWNERS: dict[str, tuple[str | None, str | None]] = {
    **dict.fromkeys(("sein", "seinem"), ("m", "sg")),
    **dict.fromkeys(("ihr", "ihrem"), ("f", None)),
}
# "der 63-Jährige": an age noun used like a pronoun.
# Articles before a singular nationality noun that refers back to a person ("sagte der Portugiese").
DEMONYM_ARTICLES = ("der", "die", "dem", "den", "des")
# One foreign individual and what names them later ("ein 23 Jahre alter Syrer ... nahm den Mann fest")
INDEFINITE_ARTICLES = ("ein", "eine", "einen", "einem", "eines", "einer")
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
AGE_WORDS = ("jahre", "alter", "alte", "alten", "jährige", "jähriger", "jährigen")
# A person's nationality named as such ("ein mexikanischer Staatsbürger"): where the person is from, not the scene
NATIONALITY_NOUNS = frozenset({"staatsbürger", "staatsbürgerin", "staatsangehöriger", "staatsangehörige",
                               "staatsangehörigen"})
INDIVIDUAL_NOUNS = frozenset({"mann", "manne", "mannes", "frau", "täter", "täters", "angreifer", "angreifers",
                              "attentäter", "attentäters", "verdächtige", "verdächtigen", "tatverdächtige",
                              "tatverdächtigen", "fahrer", "fahrers", "asylwerber", "asylbewerber", "messerangreifer"})
AGE_NOUN = r"^\d+-jahrige[rn]?$"   # matched on the normalised token (no umlauts)
# "die Grünen-Politikerin", "der CDU-Politiker": a party member named just before (not before a name)
PARTY_PERSON = r"^[a-z0-9]+-(politiker|politikerin|abgeordneter|abgeordnete|parteichef|parteichefin)$"

LOCATIVE_PREPOSITIONS = {"in", "im", "nach", "bei", "nahe", "ins", "durch", "um", "über"}
GENITIVE_ARTICLES = {"des", "der"}
OF_WORDS = {"von"}
# Roles whose body follows an ORIGIN_PREPOSITIONS word: "Beobachter aus der Europäischen Union" serve it
SENT_ROLES = frozenset({"beobachter", "wahlbeobachter", "beobachtermission"})
# Names of known bodies that are also the common noun for any federal state's body ("die Bundespolizei" of Brazil)
GENERIC_BODIES = ("Bundespolizei", "Bundespolizisten")
# A state named after these nouns lies across a border ("nahe der Grenze zum Kongo"): no scene of the story
BORDER_NOUNS = ("grenze",)
TARGET_PREPOSITIONS = ("gegen",)   # a body after it is acted on by the states named before it
CITY_NOUNS = {"hauptstadt", "stadt", "metropole", "küstenstadt", "hafenstadt", "provinz", "region", "bezirk"}
TREATY_NOUNS: set[str] = set()   # German names a treaty by an adjective ("das Wiener Übereinkommen")
# Words that mark a news agency or broadcaster as the state's own ("die Staatsagentur KCNA")
STATE_MEDIA_WORDS = {"staatsagentur", "staatliche", "staatlichen", "staatsmedien", "staatsfernsehen",
                     "staatssender", "regierungsnahe", "regierungsnahen"}
# Words before a name that are titles of address, not roles.
HONORIFICS = {"dr.", "prof.", "herr", "frau", "scheich", "ayatollah", "ajatollah", "general", "generalmajor", "oberst",
              "prinz", "prinzessin"}
# Possessives that only a state or body takes ("its government")
NEUTER_POSSESSIVES: set[str] = set()
# Role words that are also adjectives: before a plain noun they describe a thing ("military communications"),
# except the forces' own assets, which stand for the forces ("a military base")
ATTRIBUTE_ROLES: tuple[str, ...] = ()
FORCE_ASSETS: tuple[str, ...] = ()
POSSESSIVES = {"sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"}

# Capitalised words that are never actor names.
# Words of a faith the tagger may read as a name before a noun (German writes them in lower case)
FAITH_WORDS = frozenset()
NOT_NAMES = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar", "Februar",
             "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
             "Norden", "Süden", "Osten", "Westen", "Nordosten", "Nordwesten", "Südosten", "Südwesten"}
# Adjectives (lemma) marking a group as loyal to the government last named.
PRO_GOVERNMENT = {"regimetreu", "regimegetreu", "regierungstreu", "assad-treu"}
# Adjectives that make a role noun unnamed foreigners ("ausländische Kräfte", "foreign forces")
FOREIGN_WORDS = {"ausländisch", "auslandisch", "fremd"}
# Before an unknown name, these make it a place (for capitals only LOCATIVE_PREPOSITIONS count).
PLACE_PREPOSITIONS = {"aus", "nach", "in", "im", "bei", "nahe"}
# Before a country, these say where a person or group comes from ("ein Arzt aus Saudi-Arabien")
ORIGIN_PREPOSITIONS = {"aus"}
# an unknown person and the country named right after ("Fatima Bello aus Nigeria")
NAME_ORIGIN_WORDS = ORIGIN_PREPOSITIONS
# Armed forces that rule: unlike an army, they belong to the country they are placed in ("die Junta im Niger").
RULING_MILITARY = frozenset({"junta", "militarjunta", "militarregierung", "putschisten", "militarrat"})   # folded like role words
# Parts of speech besides PROPN that may be part of a capitalised name (German nouns are all capitalised).
NAME_LIKE_POS: set[str] = set()
# Continents and regions: places for the geo stage, never actor names here.
NOT_NAMES |= {"Europa", "Afrika", "Asien", "Amerika", "Nahost", "Lateinamerika", "Südamerika", "Nordamerika", "Ozeanien", "Arktis", "Antarktis"}

# "die von Saudi-Arabien angeführte Koalition": participles that make the state the group's own
LEADING_PARTICIPLES = {"angeführt", "angeführte", "angeführten", "geführt", "geführte", "geführten",
                       "kontrolliert", "kontrollierte", "kontrollierten"}
# "die EU-geführte Schutztruppe": the noun after belongs to the state or body before the hyphen;
# "die Iran-gestützten Milizen": a sponsor, not the militias' own country
OWNER_SUFFIXES = LEADING_PARTICIPLES | {"geführter", "geführtes", "angeführter", "angeführtes", "kontrollierter",
                                       "kontrolliertes"}
SPONSOR_SUFFIXES = {"gestützt", "gestützte", "gestützten", "gestützter", "unterstützt", "unterstützte",
                    "unterstützten", "unterstützter", "treu", "treue", "treuen", "treuer", "nahe", "nahen", "naher"}

# Verbs of a cue frame that follows the words it reports with the pronoun first ("..., she said")
CLOSING_CUES = frozenset()   # German inverts the frame: ", sagte er"

# Role nouns that name a party only after a possessive ("his office"; "ten offices" are buildings)
POSSESSED_ONLY = frozenset()
# Role words that name a body only as the subject before their verb ("Die Anklage wirft ihm vor"); elsewhere they are
# the act ("erhob Anklage gegen ihn")
SUBJECT_ONLY = frozenset({"anklage"})
# Bodies a person's name right before owns (German joins them: "die Trump-Regierung")
PERSON_OWNED = frozenset()
# Role nouns that name a party only with a country or organisation ("die US-Botschaft", "die Botschaft der
# USA"); bare, "Botschaft" is mostly a message
COUNTRY_BOUND = frozenset({"botschaft", "botschaften", "konsulat", "generalkonsulat"})
# Prepositions before a platform or channel named ("schrieb auf X, ..."): no employer
CHANNEL_PREPOSITIONS = frozenset({"auf", "über"})
# Missions that act only for the body they are named with ("die Vertretung der Europäischen Union in Kairo"); a
# state's own ("der chinesischen Vertretung") is named by its adjective alone
BODY_BOUND = frozenset({"vertretung"})
# Role nouns for a state's whole executive: "die Regierung" after "die US-Luftfahrtbehörde FAA" is still the
# article's own government, not the agency's
WHOLE_GOVERNMENT = frozenset({"regierung", "regierungen", "kabinett", "regime"})
# Plural words for governments that, bare of any article or owner ("forderte Regierungen auf"), mean
# governments in general: no state's
GENERIC_PLURALS = frozenset({"regierungen"})
# Bare plural words for a state's authorities ("die Behörden"): the story's own, unless a country is named with them
AUTHORITIES = frozenset({"behörden"})
# Words before the leader of a group named just before them ("eine Delegation unter Leitung von X"): the
# leader is of the group's country
LEADER_OPENERS = ("angeführt von", "geführt von", "geleitet von", "unter leitung von", "unter der leitung von",
                  "unter leitung des", "unter der leitung des", "unter leitung der", "unter der leitung der")
# Heads of the full name of a body a story names by its short name ("der IWF ... Der Fonds"): the body
SHORT_NAMED_HEADS = frozenset({"fonds"})
# Words between an unknown place and a known one it lies by ("Flughafen Ben Gurion bei Tel Aviv")
NEAR_WORDS = frozenset({"bei", "nahe"})
# The relative word after a place whose clause names people there ("in Kenia, wo Demonstranten ...")
WHERE_WORDS = frozenset({"wo"})
# Plural words for officers of any force: right after the police are named ("Die Beamten setzten Wasserwerfer
# ein") they are police officers (police in 34 of the 36 such mentions of the read rounds), not civil servants
OFFICER_WORDS = frozenset({"beamte", "beamten"})
# Role words for the members of a body: "Angehörige der Luftwaffe" serve in it, "Angehörige der Opfer" mourn them
MEMBER_WORDS = frozenset({"angehörige", "angehörigen"})
# people of the story's own state wherever they are named: "beglückwünschten den Wahlsieger" after foreign leaders
# the word before a short name between commas (", or CEAR,", ", kurz CIO,"): the name before it, shortened
ALIAS_WORDS = frozenset({"kurz"})
DOMESTIC_ROLES = frozenset({"wahlsieger", "wahlsiegerin", "sieger", "siegerin", "wahlgewinner", "wahlgewinnerin"})
# A common noun for the story's state after a definite article ("das Land", "des Landes", "the country")
# ("gegen den Staat geklagt": a state or its government in all 13 such mentions of the read rounds)
STATE_NOUNS = frozenset({"land", "landes", "lande", "konigreich", "konigreichs", "konigreiches",
                         "staat", "staates", "staats", "volksrepublik"})   # normalised, no umlauts
# ... and the other state of a story on two ("dem Nachbarland"), folded like the role words
NEIGHBOUR_NOUNS = frozenset({"nachbarland", "nachbarlandes", "nachbarstaat", "nachbarstaates", "nachbarstaats",
                             "kolonialmacht"})
STATE_ARTICLES = frozenset({"das", "des", "dem", "der", "den"})   # (der, den: "der Staat")
# Local officials: an unplaced one serves in the sentence's country or the story's, not in a country named
# last in passing ("Gouverneur Eduardo Leite" in a story on Brazil that named Argentina's help)
LOCAL_ROLES = frozenset({"gouverneur", "gouverneurin", "bürgermeister", "bürgermeisterin", "oberbürgermeister",
                         "oberbürgermeisterin", "staatsanwalt", "staatsanwältin", "staatsanwälte", "ermittler",
                         "richter", "richterin"})
# Lemmas before a title that make its holder new to the office: not the holder the knowledge base knows
NEW_WORDS = frozenset({"neu", "designiert", "neugewählt", "künftig", "gewählt"})
# Words that mark a title as held before ("der frühere Präsident", "the former president"): its holder is
# whoever the story named as that leader, not the one in office on the day (lemmas).
# (the lemmatiser gives "früh" for "frühere", "früheren", "früherer")
FORMER_WORDS = frozenset({"früher", "früh", "ehemalig", "einstig", "ex"})
# Ends of the names of awards and contests (normalised), which are no actors ("the Nobel Peace Prize")
NON_ACTOR_ENDINGS = ("preis", "medaille", "expo", "weltmeisterschaft")
# Heads of street names (normalised): "die Palästina-Straße" in Baghdad is named after a country, not in it
STREET_HEADS = frozenset({"straße", "strasse", "platz", "allee", "ring", "ufer", "damm", "gasse", "boulevard"})
# Ends of the names of courts (normalised): a court the knowledge base lacks is still the judiciary
COURT_HEADS = ("gericht", "gerichtshof", "tribunal")
# Last words of police forces' names, for those the knowledge base lacks
POLICE_HEADS = ("polizei",)
# Private people a demonym describes before their names are told ("ein britisches Ehepaar", "a Japanese
# journalist"): the names that follow are of that country (lemmas)
PEOPLE_NOUNS = frozenset({"ehepaar", "paar", "staatsbürger", "staatsbürgerin", "staatsangehörige", "staatsangehöriger", "tourist", "touristin", "urlauber", "urlauberin", "journalist", "journalistin", "reporter", "reporterin", "fotograf", "fotografin", "aktivist", "aktivistin", "student", "studentin", "forscher", "forscherin", "wissenschaftler", "wissenschaftlerin", "geschäftsmann", "geschäftsfrau", "entwicklungshelfer", "entwicklungshelferin", "helfer", "helferin", "mann", "frau", "bürger", "bürgerin", "rentner", "rentnerin", "lehrer", "lehrerin", "ingenieur", "ingenieurin", "geisel", "bruder", "schwester"})
# Collective nouns that name the armed group told before, after a definite article ("die Gruppe", "the group")
GROUP_NOUNS = frozenset({"gruppe", "gruppierung"})
# A party's family name and the English head of its name: "die Konservativen" in a story on Canada are the
# Conservative Party of Canada, when the knowledge base knows one party of that family there
PARTY_FAMILIES = {"konservativen": "Conservative", "liberalen": "Liberal", "sozialdemokraten": "Social Democratic",
                  "sozialisten": "Socialist", "kommunisten": "Communist", "christdemokraten": "Christian Democratic",
                  "republikaner": "Republican", "demokraten": "Democratic"}
# Words for a party's member before a title or a name ("der republikanische Senator", "Democrat Mark Warner")
PARTISAN_WORDS = {"republikanisch": "Republican", "demokratisch": "Democratic", "demokrat": "Democratic",
                  "republikaner": "Republican"}
