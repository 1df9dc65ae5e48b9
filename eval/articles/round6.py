"""Round 6 of the hand-made articles (-> handmade6.jsonl), written blind on 2026-11-29.

The writer neither ran the pipeline on these texts nor read the rule code, nor saw rounds 3-4.
Invented, plausible wire-style reports (not reported facts); annotation follows
../shared/data/articles/CONVENTIONS.md. Each text is built from lists of sentences so that
event evidence is exactly one sentence (S[i]). Kept spare for a later held-out check.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- hm6-de-01: Ethiopia, Eritrea and the Red Sea -------------------------------------------
S = [
    "Äthiopiens Ministerpräsident Abiy Ahmed hat den Zugang seines Landes zum Roten Meer erneut als "
    "existenzielle Frage bezeichnet und damit Sorgen vor einem neuen Krieg mit Eritrea geschürt.",  # 0
    "Äthiopien werde den Hafen Assab nicht mit Gewalt einnehmen, aber auch nicht auf Dauer auf einen eigenen "
    "Zugang zum Meer verzichten, sagte Abiy am Dienstag vor dem Parlament in Addis Abeba.",  # 1
    "Das Verhältnis der beiden Nachbarn hat sich seit dem Ende des Tigray-Kriegs 2022 deutlich "
    "verschlechtert.",  # 2
    "Das Informationsministerium in Asmara warf der äthiopischen Regierung vor, einen Angriff "
    "vorzubereiten.",  # 3
    "Eritrea habe Reservisten einberufen und zusätzliche Truppen an die Grenze verlegt, erklärte "
    "Informationsminister Yemane Gebremeskel im Staatsfernsehen.",  # 4
    "Ein äthiopischer Militärsprecher sagte, die Armee habe keine Truppen in Richtung Grenze bewegt.",  # 5
    "Der Vorsitzende der AU-Kommission, Mahmoud Ali Youssouf, bot an, zwischen Addis Abeba und Asmara zu "
    "vermitteln.",  # 6
    "Die Afrikanische Union hat ihren Sitz in der äthiopischen Hauptstadt.",  # 7
]
YOUSSOUF = actor("Mahmoud Ali Youssouf", "IGO", "IGO")
A01 = {
    "id": "hm6-de-01", "lang": "de", "published": "2025-09-24", "title": None,
    "text": paragraphs(S[0:3], S[3:6], S[6:8]),
    "events": [
        event("ACCUSE", actor("Ministry of Information of Eritrea", "ERI", "GOV"),
              actor("Government of Ethiopia", "ETH", "GOV"), S[3], mode="allege"),
        event("MOBILIZE", actor("Eritrean military", "ERI", "MIL"), None, S[4], mode="troops"),
        event("MOBILIZE", actor("Ethiopian military", "ETH", "MIL"), None, S[5], mode="troops", negated=True),
        event("AGREE", YOUSSOUF, actor("Ethiopia", "ETH", "GOV"), S[6]),
        event("AGREE", YOUSSOUF, actor("Eritrea", "ERI", "GOV"), S[6]),
    ],
    "quotes": [
        quote("Äthiopien werde den Hafen Assab nicht mit Gewalt einnehmen, aber auch nicht auf Dauer auf einen "
              "eigenen Zugang zum Meer verzichten", "Abiy Ahmed", "indirect"),
        quote("Eritrea habe Reservisten einberufen und zusätzliche Truppen an die Grenze verlegt",
              "Yemane Gebremeskel", "indirect"),
        quote("die Armee habe keine Truppen in Richtung Grenze bewegt", "spokesperson of the Ethiopian military",
              "indirect"),
    ],
    "entities": [
        entity("Abiy Ahmed", "PER", "ETH", ["Äthiopiens Ministerpräsident Abiy Ahmed", "Abiy"]),
        entity("Ethiopia", "GPE", "ETH", ["Äthiopien", "Addis Abeba"]),
        entity("Eritrea", "GPE", "ERI", ["Eritrea", "Asmara"]),
        entity("Ministry of Information of Eritrea", "ORG", "ERI", ["Das Informationsministerium in Asmara"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["der äthiopischen Regierung"]),
        entity("Yemane Gebremeskel", "PER", "ERI", ["Informationsminister Yemane Gebremeskel"]),
        entity("Eritrean military", "ORG", "ERI", []),
        entity("Ethiopian military", "ORG", "ETH", ["die Armee"]),
        entity("spokesperson of the Ethiopian military", "PER", "ETH", ["Ein äthiopischer Militärsprecher"]),
        entity("Mahmoud Ali Youssouf", "PER", "IGO", ["Der Vorsitzende der AU-Kommission, Mahmoud Ali Youssouf"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Assab", "LOC", "ERI", ["Hafen Assab"]),
    ],
}

# --- hm6-de-02: Turkey, PKK strikes and removed mayors -------------------------------------
S = [
    "Die türkische Luftwaffe hat am Samstag nach Angaben des Verteidigungsministeriums in Ankara Stellungen "
    "der verbotenen Arbeiterpartei Kurdistans (PKK) im Nordirak bombardiert.",  # 0
    "Die Angriffe seien eine Verletzung der irakischen Souveränität, hieß es in einer Erklärung des "
    "Außenministeriums in Bagdad.",  # 1
    "Der Konflikt zwischen dem türkischen Staat und der PKK hat seit 1984 mehr als 40.000 Menschen das Leben "
    "gekostet.",  # 2
    "Am Sonntag setzte Innenminister Ali Yerlikaya die Bürgermeister zweier Städte im Südosten des Landes ab "
    "und ersetzte sie durch staatliche Zwangsverwalter.",  # 3
    "Beide Politiker gehören der prokurdischen DEM-Partei an.",  # 4
    "„Das ist ein Putsch gegen den Wählerwillen“, sagte DEM-Kochef Tuncer Bakırhan in Ankara.",  # 5
    "Seine Partei drohte mit einem Boykott der Parlamentssitzungen.",  # 6
    "In Diyarbakır demonstrierten am Abend mehrere Tausend Menschen gegen die Absetzung; die Polizei setzte "
    "Tränengas und Wasserwerfer ein.",  # 7
]
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
DIY_PROTESTERS = actor("protesters in Diyarbakır", "TUR", "CVL")
A02 = {
    "id": "hm6-de-02", "lang": "de", "published": "2024-12-02", "title": None,
    "text": paragraphs(S[0:3], S[3:5], S[5:8]),
    "events": [
        event("ASSAULT", actor("Turkish Air Force", "TUR", "MIL"), actor("PKK", "TUR", "REB"), S[0],
              mode="aerial", date="2024-11-30", location="northern Iraq", location_country="IRQ"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Iraq", "IRQ", "GOV"), actor("Turkey", "TUR", "GOV"),
              S[1], mode="disapprove"),
        event("COERCE", actor("Ali Yerlikaya", "TUR", "GOV"), actor("DEM Party mayors", "TUR", "PTY"), S[3],
              mode="restrict", date="2024-12-01"),
        event("ACCUSE", actor("Tuncer Bakırhan", "TUR", "PTY"), TUR_GOV, S[5], mode="disapprove"),
        event("THREATEN", actor("DEM Party", "TUR", "PTY"), TUR_GOV, S[6]),
        event("PROTEST", DIY_PROTESTERS, TUR_GOV, S[7], mode="demo", date="2024-12-01", location="Diyarbakır",
              location_country="TUR"),
        event("ASSAULT", actor("Turkish police", "TUR", "COP"), DIY_PROTESTERS, S[7], mode="crowd-control",
              date="2024-12-01", location="Diyarbakır", location_country="TUR"),
    ],
    "quotes": [
        quote("Die Angriffe seien eine Verletzung der irakischen Souveränität",
              "Ministry of Foreign Affairs of Iraq", "indirect"),
        quote("Das ist ein Putsch gegen den Wählerwillen", "Tuncer Bakırhan", "direct"),
    ],
    "entities": [
        entity("Turkish Air Force", "ORG", "TUR", ["Die türkische Luftwaffe"]),
        entity("Ministry of National Defence of Turkey", "ORG", "TUR", ["des Verteidigungsministeriums in Ankara"]),
        entity("PKK", "ORG", "TUR", ["der verbotenen Arbeiterpartei Kurdistans (PKK)", "der PKK"]),
        entity("Ministry of Foreign Affairs of Iraq", "ORG", "IRQ", ["des Außenministeriums in Bagdad"]),
        entity("Turkey", "GPE", "TUR", ["dem türkischen Staat"]),
        entity("Ali Yerlikaya", "PER", "TUR", ["Innenminister Ali Yerlikaya"]),
        entity("DEM Party mayors", "ORG", "TUR", ["die Bürgermeister zweier Städte im Südosten des Landes",
                                                  "Beide Politiker"]),
        entity("DEM Party", "ORG", "TUR", ["der prokurdischen DEM-Partei", "Seine Partei"]),
        entity("Tuncer Bakırhan", "PER", "TUR", ["DEM-Kochef Tuncer Bakırhan"]),
        entity("protesters in Diyarbakır", "ORG", "TUR", ["mehrere Tausend Menschen"]),
        entity("Turkish police", "ORG", "TUR", ["die Polizei"]),
        entity("Government of Turkey", "ORG", "TUR", []),
        entity("Diyarbakır", "LOC", "TUR", ["Diyarbakır"]),
    ],
}

# --- hm6-de-03: Nicaragua expels priests -----------------------------------------------------
S = [
    "Nicaragua hat erneut katholische Geistliche des Landes verwiesen.",  # 0
    "Die sieben Priester landeten am Dienstag in Rom, wie der Vatikan bestätigte.",  # 1
    "Die Regierung von Präsident Daniel Ortega liegt seit den Massenprotesten von 2018 im Streit mit der "
    "katholischen Kirche.",  # 2
    "Rund die Hälfte der 6,6 Millionen Einwohner des mittelamerikanischen Landes bekennt sich zum katholischen "
    "Glauben.",  # 3
    "Vizepräsidentin Rosario Murillo nannte die Geistlichen im Staatsfernsehen »Vaterlandsverräter«.",  # 4
    "Papst Franziskus rief die Regierung in Managua beim Angelusgebet auf dem Petersplatz zum Dialog mit der "
    "Kirche auf.",  # 5
    "Die USA verhängten am Dienstag Einreiseverbote gegen 250 nicaraguanische Funktionäre.",  # 6
    "Managua hatte im August bereits rund 1500 Nichtregierungsorganisationen die Zulassung entzogen, darunter "
    "zahlreiche kirchliche Hilfswerke.",  # 7
    "Viele von ihnen hatten sich jahrzehntelang um Arme und Kranke gekümmert.",  # 8
    "Ein Sprecher der Regierung äußerte sich zunächst nicht zu der Entscheidung aus Washington.",  # 9
]
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
CLERGY = actor("Catholic clergy in Nicaragua", "NIC", "CVL")
A03 = {
    "id": "hm6-de-03", "lang": "de", "published": "2024-11-06", "title": None,
    "text": paragraphs(S[0:4], S[4:6], S[6:10]),
    "events": [
        event("COERCE", NIC_GOV, CLERGY, S[0], mode="deport"),
        event("ACCUSE", actor("Rosario Murillo", "NIC", "GOV"), CLERGY, S[4], mode="disapprove"),
        event("REQUEST", actor("Pope Francis", "VAT", "GOV"), NIC_GOV, S[5], mode="meet"),
        event("SANCTION", actor("United States", "USA", "GOV"), actor("Nicaraguan officials", "NIC", "GOV"), S[6],
              date="2024-11-05"),
        event("COERCE", NIC_GOV, actor("NGOs in Nicaragua", "NIC", "NGO"), S[7], mode="ban"),
    ],
    "quotes": [
        quote("Die sieben Priester landeten am Dienstag in Rom", "Holy See", "indirect"),
        quote("Vaterlandsverräter", "Rosario Murillo", "direct"),
    ],
    "entities": [
        entity("Government of Nicaragua", "ORG", "NIC", ["Nicaragua", "Die Regierung von Präsident Daniel Ortega",
                                                         "die Regierung in Managua", "Managua"]),
        entity("Catholic clergy in Nicaragua", "ORG", "NIC", ["katholische Geistliche des Landes",
                                                              "Die sieben Priester", "die Geistlichen"]),
        entity("Holy See", "ORG", "VAT", ["der Vatikan"]),
        entity("Daniel Ortega", "PER", "NIC", ["Präsident Daniel Ortega"]),
        entity("Catholic Church", "ORG", "VAT", ["der katholischen Kirche", "der Kirche"]),
        entity("Rosario Murillo", "PER", "NIC", ["Vizepräsidentin Rosario Murillo"]),
        entity("Pope Francis", "PER", "VAT", ["Papst Franziskus"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("Nicaraguan officials", "ORG", "NIC", ["250 nicaraguanische Funktionäre"]),
        entity("NGOs in Nicaragua", "ORG", "NIC", ["rund 1500 Nichtregierungsorganisationen"]),
        entity("Rome", "LOC", "ITA", ["Rom"]),
    ],
}

# --- hm6-de-04: Hong Kong sedition verdict ---------------------------------------------------
S = [
    "Ein Gericht in Hongkong hat drei Aktivisten wegen aufrührerischer Beiträge in sozialen Netzwerken zu "
    "Haftstrafen von bis zu vier Jahren verurteilt.",  # 0
    "Es war das erste Urteil auf Grundlage des neuen Sicherheitsgesetzes nach Artikel 23.",  # 1
    "Das Gesetz war im März 2024 vom Legislativrat einstimmig verabschiedet worden.",  # 2
    "Für die Urteilsverkündung im Stadtteil West Kowloon hatten sich schon am frühen Morgen lange Schlangen vor "
    "dem Gebäude gebildet.",  # 3
    "Vor dem Gerichtsgebäude protestierten rund ein Dutzend Unterstützer der Angeklagten; die Polizei führte "
    "zwei Frauen ab.",  # 4
    "Die Justiz in Hongkong werde zunehmend als Werkzeug gegen Andersdenkende eingesetzt, kritisierte der "
    "britische Außenminister David Lammy in London.",  # 5
    "Peking warf London daraufhin Einmischung in innere Angelegenheiten vor.",  # 6
    "„Hongkong ist seit 1997 Teil Chinas“, sagte Außenamtssprecherin Mao Ning.",  # 7
    "Die Verteidigung kündigte an, Berufung einzulegen.",  # 8
]
HK_COURT = actor("Hong Kong court", "CHN", "JUD")
HK_SUPPORTERS = actor("supporters of the defendants", "CHN", "CVL")
A04 = {
    "id": "hm6-de-04", "lang": "de", "published": "2025-03-20", "title": None,
    "text": paragraphs(S[0:4], S[4:5], S[5:8], S[8:9]),
    "events": [
        event("SANCTION", HK_COURT, actor("Hong Kong activists", "CHN", "CVL"), S[0], mode="convict",
              location="Hong Kong", location_country="CHN"),
        event("PROTEST", HK_SUPPORTERS, HK_COURT, S[4], mode="demo", location="Hong Kong",
              location_country="CHN"),
        event("COERCE", actor("Hong Kong police", "CHN", "COP"), HK_SUPPORTERS, S[4], mode="arrest"),
        event("ACCUSE", actor("David Lammy", "GBR", "GOV"), actor("Hong Kong judiciary", "CHN", "JUD"), S[5],
              mode="disapprove"),
        event("ACCUSE", actor("China", "CHN", "GOV"), actor("United Kingdom", "GBR", "GOV"), S[6], mode="allege"),
    ],
    "quotes": [
        quote("Die Justiz in Hongkong werde zunehmend als Werkzeug gegen Andersdenkende eingesetzt", "David Lammy",
              "indirect"),
        quote("Hongkong ist seit 1997 Teil Chinas", "Mao Ning", "direct"),
    ],
    "entities": [
        entity("Hong Kong court", "ORG", "CHN", ["Ein Gericht in Hongkong"]),
        entity("Hong Kong activists", "ORG", "CHN", ["drei Aktivisten", "der Angeklagten"]),
        entity("supporters of the defendants", "ORG", "CHN", ["rund ein Dutzend Unterstützer der Angeklagten"]),
        entity("Hong Kong police", "ORG", "CHN", ["die Polizei"]),
        entity("David Lammy", "PER", "GBR", ["der britische Außenminister David Lammy"]),
        entity("Hong Kong judiciary", "ORG", "CHN", ["Die Justiz in Hongkong"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("United Kingdom", "GPE", "GBR", ["London"]),
        entity("Mao Ning", "PER", "CHN", ["Außenamtssprecherin Mao Ning"]),
        entity("Hong Kong", "LOC", "CHN", ["Hongkong"]),
    ],
}

# --- hm6-de-05: Afghanistan, Taliban close a women's radio station --------------------------
S = [
    "Die Taliban haben in Afghanistan einen der letzten von Frauen betriebenen Radiosender geschlossen.",  # 0
    "Mitarbeiter des Tugendministeriums beschlagnahmten am Montag die Technik von Radio Nargis in der "
    "nordöstlichen Provinz Badachschan und nahmen zwei Moderatorinnen fest.",  # 1
    "Ein Sprecher des Ministeriums sagte, der Sender habe wiederholt gegen die Regeln verstoßen und Anrufe "
    "von Männern entgegengenommen.",  # 2
    "Mädchen dürfen in Afghanistan seit 2021 keine weiterführenden Schulen mehr besuchen.",  # 3
    "Radio Nargis war 2019 mit Unterstützung einer europäischen Stiftung gegründet worden und sendete vor allem "
    "Bildungsprogramme.",  # 4
    "Die UN-Mission in Afghanistan (Unama) forderte die sofortige Freilassung der Frauen.",  # 5
    "„Wir verfolgen die Lage mit großer Sorge“, erklärte Missionschefin Roza Otunbajewa.",  # 6
    "Am Mittwoch kamen beide Moderatorinnen nach Angaben ihrer Familien wieder frei.",  # 7
    "Radio Nargis erreichte nach eigenen Angaben rund 200.000 Hörerinnen und Hörer in drei Provinzen.",  # 8
]
TALIBAN = actor("Taliban", "AFG", "GOV")
VICE_MIN = actor("Taliban Ministry for the Propagation of Virtue and the Prevention of Vice", "AFG", "GOV")
RADIO = actor("Radio Nargis", "AFG", "CVL")
PRESENTERS = actor("presenters of Radio Nargis", "AFG", "CVL")
A05 = {
    "id": "hm6-de-05", "lang": "de", "published": "2024-10-17", "title": None,
    "text": paragraphs(S[0:3], S[3:5], S[5:7], S[7:9]),
    "events": [
        event("COERCE", TALIBAN, RADIO, S[0], mode="censor"),
        event("COERCE", VICE_MIN, RADIO, S[1], mode="seize", date="2024-10-14", location="Badakhshan",
              location_country="AFG"),
        event("COERCE", VICE_MIN, PRESENTERS, S[1], mode="arrest", date="2024-10-14", location="Badakhshan",
              location_country="AFG"),
        event("ACCUSE", actor("spokesperson of the Taliban Ministry for the Propagation of Virtue", "AFG", "GOV"),
              RADIO, S[2], mode="allege"),
        event("REQUEST", actor("United Nations Assistance Mission in Afghanistan", "UNO", "IGO"), TALIBAN, S[5],
              mode="yield"),
        event("RETREAT", TALIBAN, PRESENTERS, S[7], mode="release", date="2024-10-16"),
    ],
    "quotes": [
        quote("der Sender habe wiederholt gegen die Regeln verstoßen und Anrufe von Männern entgegengenommen",
              "spokesperson of the Taliban Ministry for the Propagation of Virtue", "indirect"),
        quote("Wir verfolgen die Lage mit großer Sorge", "Roza Otunbayeva", "direct"),
    ],
    "entities": [
        entity("Taliban", "ORG", "AFG", ["Die Taliban"]),
        entity("Taliban Ministry for the Propagation of Virtue and the Prevention of Vice", "ORG", "AFG",
               ["Mitarbeiter des Tugendministeriums", "des Ministeriums"]),
        entity("Radio Nargis", "ORG", "AFG", ["einen der letzten von Frauen betriebenen Radiosender",
                                              "Radio Nargis", "der Sender"]),
        entity("presenters of Radio Nargis", "ORG", "AFG", ["zwei Moderatorinnen", "der Frauen",
                                                            "beide Moderatorinnen"]),
        entity("spokesperson of the Taliban Ministry for the Propagation of Virtue", "PER", "AFG",
               ["Ein Sprecher des Ministeriums"]),
        entity("United Nations Assistance Mission in Afghanistan", "ORG", "UNO",
               ["Die UN-Mission in Afghanistan (Unama)"]),
        entity("Roza Otunbayeva", "PER", "UNO", ["Missionschefin Roza Otunbajewa"]),
        entity("Badakhshan", "LOC", "AFG", ["Provinz Badachschan"]),
    ],
}

# --- hm6-de-06: India and Canada expel diplomats --------------------------------------------
S = [
    "Im Streit um die Ermordung eines Sikh-Aktivisten hat Kanada zwei indische Diplomaten ausgewiesen.",  # 0
    "Die beiden Männer müssten das Land binnen fünf Tagen verlassen, teilte Außenministerin Mélanie Joly am "
    "Donnerstag in Ottawa mit.",  # 1
    "Es gebe glaubwürdige Hinweise, dass Agenten der indischen Regierung in die Tat verwickelt seien.",  # 2
    "Der Aktivist war im vergangenen Jahr vor einem Sikh-Tempel in der Provinz British Columbia erschossen "
    "worden.",  # 3
    "Neu-Delhi wies die Vorwürfe als absurd zurück und wies seinerseits zwei kanadische Diplomaten aus.",  # 4
    "„Die Regierung Trudeau verfolgt eine politische Agenda“, sagte Außenamtssprecher Randhir Jaiswal.",  # 5
    "Premierminister Justin Trudeau forderte Indien auf, mit den kanadischen Ermittlern "
    "zusammenzuarbeiten.",  # 6
    "Die Gespräche über ein Handelsabkommen liegen seit vergangenem Herbst auf Eis.",  # 7
    "Kanada beherbergt mit rund 770.000 Menschen eine der größten Sikh-Gemeinschaften außerhalb Indiens.",  # 8
]
JOLY = actor("Mélanie Joly", "CAN", "GOV")
IND_DIPLOMATS = actor("Indian diplomats in Canada", "IND", "GOV")
A06 = {
    "id": "hm6-de-06", "lang": "de", "published": "2024-06-14", "title": None,
    "text": paragraphs(S[0:4], S[4:6], S[6:9]),
    "events": [
        event("SANCTION", actor("Canada", "CAN", "GOV"), IND_DIPLOMATS, S[0], mode="expel"),
        event("SANCTION", JOLY, IND_DIPLOMATS, S[1], mode="expel", date="2024-06-13", location="Ottawa",
              location_country="CAN"),
        event("ACCUSE", JOLY, actor("Government of India", "IND", "GOV"), S[2], mode="allege"),
        event("SANCTION", actor("India", "IND", "GOV"), actor("Canadian diplomats in India", "CAN", "GOV"), S[4],
              mode="expel"),
        event("ACCUSE", actor("Randhir Jaiswal", "IND", "GOV"), actor("Government of Canada", "CAN", "GOV"), S[5],
              mode="allege"),
        event("REQUEST", actor("Justin Trudeau", "CAN", "GOV"), actor("India", "IND", "GOV"), S[6],
              mode="assist"),
    ],
    "quotes": [
        quote("Die beiden Männer müssten das Land binnen fünf Tagen verlassen", "Mélanie Joly", "indirect"),
        quote("Es gebe glaubwürdige Hinweise, dass Agenten der indischen Regierung in die Tat verwickelt seien",
              "Mélanie Joly", "indirect"),
        quote("Die Regierung Trudeau verfolgt eine politische Agenda", "Randhir Jaiswal", "direct"),
    ],
    "entities": [
        entity("Canada", "GPE", "CAN", ["Kanada"]),
        entity("Indian diplomats in Canada", "ORG", "IND", ["zwei indische Diplomaten", "Die beiden Männer"]),
        entity("Mélanie Joly", "PER", "CAN", ["Außenministerin Mélanie Joly"]),
        entity("Government of India", "ORG", "IND", ["der indischen Regierung"]),
        entity("India", "GPE", "IND", ["Neu-Delhi", "Indien"]),
        entity("Canadian diplomats in India", "ORG", "CAN", ["zwei kanadische Diplomaten"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Außenamtssprecher Randhir Jaiswal"]),
        entity("Government of Canada", "ORG", "CAN", ["Die Regierung Trudeau"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
    ],
}

# --- hm6-en-01: Mozambique, Cabo Delgado insurgency ------------------------------------------
S = [
    "Islamist insurgents attacked the town of Quissanga in Mozambique's northern Cabo Delgado province on "
    "Friday, killing at least nine soldiers.",  # 0
    "Rwandan troops, deployed in the province since 2021, launched a counter-offensive on Saturday and retook "
    "the town's harbour, Rwanda's defence force said in a statement.",  # 1
    "The European Union has funded the Rwandan deployment with 20 million euros.",  # 2
    "President Filipe Nyusi thanked Kigali for its help and asked the Southern African Development Community "
    "to delay the withdrawal of its regional force.",  # 3
    "The bloc began pulling its troops out of Cabo Delgado in December.",  # 4
    "SADC executive secretary Elias Magosi rejected the request, saying that the drawdown would be completed "
    "by July as planned.",  # 5
    "“We will not abandon Cabo Delgado,” Nyusi said in a televised address.",  # 6
    "He also promised an amnesty to fighters who lay down their arms.",  # 7
]
INSURGENTS = actor("Islamic State Mozambique", "MOZ", "REB")
RDF = actor("Rwanda Defence Force", "RWA", "MIL")
NYUSI = actor("Filipe Nyusi", "MOZ", "GOV")
SADC = actor("Southern African Development Community", "IGO", "IGO")
A07 = {
    "id": "hm6-en-01", "lang": "en", "published": "2024-03-04", "title": None,
    "text": paragraphs(S[0:3], S[3:6], S[6:8]),
    "events": [
        event("ASSAULT", INSURGENTS, actor("Mozambican army", "MOZ", "MIL"), S[0], mode="firearms",
              date="2024-03-01", location="Quissanga", location_country="MOZ"),
        event("ASSAULT", RDF, INSURGENTS, S[1], date="2024-03-02", location="Quissanga", location_country="MOZ"),
        event("AID", actor("European Union", "EUR", "IGO"), actor("Rwanda", "RWA", "GOV"), S[2]),
        event("SUPPORT", NYUSI, actor("Rwanda", "RWA", "GOV"), S[3]),
        event("REQUEST", NYUSI, SADC, S[3], mode="assist"),
        event("RETREAT", SADC, actor("Mozambique", "MOZ", "GOV"), S[4], mode="withdraw"),
        event("REJECT", actor("Elias Magosi", "IGO", "IGO"), NYUSI, S[5]),
        event("CONCEDE", NYUSI, INSURGENTS, S[7]),
    ],
    "quotes": [
        quote("Rwandan troops, deployed in the province since 2021, launched a counter-offensive on Saturday and "
              "retook the town's harbour", "Rwanda Defence Force", "indirect"),
        quote("that the drawdown would be completed by July as planned", "Elias Magosi", "indirect"),
        quote("We will not abandon Cabo Delgado", "Filipe Nyusi", "direct"),
    ],
    "entities": [
        entity("Islamic State Mozambique", "ORG", "MOZ", ["Islamist insurgents", "fighters who lay down their arms"]),
        entity("Mozambican army", "ORG", "MOZ", ["at least nine soldiers"]),
        entity("Rwanda Defence Force", "ORG", "RWA", ["Rwandan troops", "Rwanda's defence force"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Rwanda", "GPE", "RWA", ["Kigali"]),
        entity("Filipe Nyusi", "PER", "MOZ", ["President Filipe Nyusi", "Nyusi", "He"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["the Southern African Development Community", "The bloc"]),
        entity("Elias Magosi", "PER", "IGO", ["SADC executive secretary Elias Magosi"]),
        entity("Mozambique", "GPE", "MOZ", ["Mozambique's"]),
        entity("Cabo Delgado", "LOC", "MOZ", ["Cabo Delgado"]),
        entity("Quissanga", "LOC", "MOZ", ["the town of Quissanga"]),
    ],
}

# --- hm6-en-02: Thailand and Cambodia border row --------------------------------------------
S = [
    "Thailand closed two border crossings with Cambodia on Monday, escalating a dispute that flared after a "
    "deadly exchange of fire between the two countries' troops last month.",  # 0
    "Cambodian Prime Minister Hun Manet accused the Thai army of violating Cambodian territory and said that "
    "Phnom Penh would ask the International Court of Justice to rule on four disputed areas.",  # 1
    "\"Cambodia does not want war, but we will defend every inch of our land,\" he wrote on Facebook.",  # 2
    "Thai Prime Minister Paetongtarn Shinawatra rejected the proposal to involve the court, saying Bangkok "
    "preferred to settle the dispute in bilateral talks.",  # 3
    "Cambodia did not close its side of the border.",  # 4
    "Thai and Cambodian military officers nevertheless kept exchanging information on troop movements through "
    "a border hotline.",  # 5
    "Malaysian Prime Minister Anwar Ibrahim, who chairs the Association of Southeast Asian Nations this year, "
    "spoke by phone with Hun Manet on Monday and urged restraint.",  # 6
]
HUN_MANET = actor("Hun Manet", "KHM", "GOV")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
A08 = {
    "id": "hm6-en-02", "lang": "en", "published": "2025-06-10", "title": None,
    "text": paragraphs(S[0:3], S[3:6], S[6:7]),
    "events": [
        event("COERCE", actor("Thailand", "THA", "GOV"), actor("Cambodia", "KHM", "GOV"), S[0], mode="restrict",
              date="2025-06-09"),
        event("ACCUSE", HUN_MANET, actor("Royal Thai Army", "THA", "MIL"), S[1], mode="allege"),
        event("REJECT", actor("Paetongtarn Shinawatra", "THA", "GOV"), HUN_MANET, S[3], mode="meet"),
        event("COERCE", actor("Cambodia", "KHM", "GOV"), actor("Thailand", "THA", "GOV"), S[4], mode="restrict",
              negated=True),
        event("COOPERATE", actor("Thai military", "THA", "MIL"), actor("Cambodian military", "KHM", "MIL"), S[5]),
        event("CONSULT", ANWAR, HUN_MANET, S[6], mode="phone", date="2025-06-09"),
        event("REQUEST", ANWAR, HUN_MANET, S[6], mode="yield"),
    ],
    "quotes": [
        quote("that Phnom Penh would ask the International Court of Justice to rule on four disputed areas",
              "Hun Manet", "indirect"),
        quote("Cambodia does not want war, but we will defend every inch of our land", "Hun Manet", "direct"),
        quote("Bangkok preferred to settle the dispute in bilateral talks", "Paetongtarn Shinawatra", "indirect"),
    ],
    "entities": [
        entity("Thailand", "GPE", "THA", ["Thailand", "Bangkok"]),
        entity("Cambodia", "GPE", "KHM", ["Cambodia", "Phnom Penh"]),
        entity("Hun Manet", "PER", "KHM", ["Cambodian Prime Minister Hun Manet", "Hun Manet", "he"]),
        entity("Royal Thai Army", "ORG", "THA", ["the Thai army"]),
        entity("International Court of Justice", "ORG", "UNO", ["the International Court of Justice",
                                                                "the court"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Thai Prime Minister Paetongtarn Shinawatra"]),
        entity("Thai military", "ORG", "THA", ["Thai and Cambodian military officers"]),
        entity("Cambodian military", "ORG", "KHM", ["Thai and Cambodian military officers"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Malaysian Prime Minister Anwar Ibrahim"]),
        entity("Association of Southeast Asian Nations", "ORG", "IGO",
               ["the Association of Southeast Asian Nations"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
    ],
}

ARTICLES = [A01, A02, A03, A04, A05, A06, A07, A08]
