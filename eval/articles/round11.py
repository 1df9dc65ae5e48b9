"""Round 11 of the hand-made articles (handmade11.jsonl), written blind on 2026-11-29.

Invented wire-style texts (plausible, not reported facts), annotated after
../shared/data/articles/CONVENTIONS.md without running the pipeline on them and without
reading the rule code or rounds 3-10.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- Algeria shoots down a Malian drone; Sahel states recall ambassadors ---------------------
MALI = actor("Mali", "MLI", "GOV")
BURKINA = actor("Burkina Faso", "BFA", "GOV")
NIGER = actor("Niger", "NER", "GOV")
ALGERIA = actor("Algeria", "DZA", "GOV")
DIOP = actor("Abdoulaye Diop", "MLI", "GOV")
AES = actor("Alliance of Sahel States", "IGO", "IGO")

DZA_S = [
    "Mali, Burkina Faso und Niger haben nach dem Abschuss einer malischen Drohne durch Algerien ihre Botschafter "
    "aus Algier zurückgerufen.",
    "Die algerische Armee hatte das unbemannte Fluggerät am vergangenen Dienstag nahe der malischen Grenzstadt "
    "Tinzaouatène abgeschossen.",
    "Algier zufolge war die Drohne rund zwei Kilometer weit in den algerischen Luftraum eingedrungen.",
    "Die Regierung in Bamako bestreitet das.",
    "Die Drohne sei über malischem Gebiet gegen »terroristische Gruppen« im Einsatz gewesen, erklärte der malische "
    "Außenminister am Sonntag.",
    "Er warf Algerien zudem vor, bewaffnete Gruppen im Norden Malis zu unterstützen.",
    "Die Allianz der Sahelstaaten (AES), zu der sich die drei Militärregierungen zusammengeschlossen haben, "
    "verurteilte den Abschuss als „feindselige Handlung“.",
    "Algerien reagierte mit der Schließung seines Luftraums für Flüge aus und nach Mali.",
    "Zudem rief Algier seine Botschafter aus Bamako und Niamey zurück.",
    "Die Beziehungen zwischen Algerien und der Militärjunta in Mali sind seit Monaten angespannt.",
    "In der Grenzregion kämpfen Tuareg-Rebellen und dschihadistische Gruppen seit Jahren gegen die malische Armee.",
]

ALGERIA_MALI = {
    "id": "hm11-de-01", "lang": "de", "published": "2025-04-07", "title": None,
    "text": paragraphs(DZA_S[0:2], DZA_S[2:6], DZA_S[6:9], DZA_S[9:11]),
    "events": [
        event("SANCTION", MALI, ALGERIA, DZA_S[0], mode="withdraw"),
        event("SANCTION", BURKINA, ALGERIA, DZA_S[0], mode="withdraw"),
        event("SANCTION", NIGER, ALGERIA, DZA_S[0], mode="withdraw"),
        event("ASSAULT", actor("Algerian army", "DZA", "MIL"), actor("Malian armed forces", "MLI", "MIL"), DZA_S[1],
              date="2025-04-01", location="Tinzaouaten", location_country="MLI"),
        event("ACCUSE", ALGERIA, MALI, DZA_S[2], mode="allege"),
        event("ACCUSE", DIOP, ALGERIA, DZA_S[5], mode="allege", date="2025-04-06"),
        event("ACCUSE", AES, ALGERIA, DZA_S[6], mode="disapprove"),
        event("COERCE", ALGERIA, MALI, DZA_S[7], mode="restrict"),
        event("SANCTION", ALGERIA, MALI, DZA_S[8], mode="withdraw"),
        event("SANCTION", ALGERIA, NIGER, DZA_S[8], mode="withdraw"),
    ],
    "quotes": [
        quote("war die Drohne rund zwei Kilometer weit in den algerischen Luftraum eingedrungen", "Algeria",
              "indirect"),
        quote("Die Drohne sei über malischem Gebiet gegen »terroristische Gruppen« im Einsatz gewesen",
              "Abdoulaye Diop", "indirect"),
        quote("terroristische Gruppen", "Abdoulaye Diop", "direct"),
        quote("bewaffnete Gruppen im Norden Malis zu unterstützen", "Abdoulaye Diop", "indirect"),
        quote("feindselige Handlung", "Alliance of Sahel States", "direct"),
    ],
    "entities": [
        entity("Mali", "GPE", "MLI", ["Mali", "Die Regierung in Bamako", "Bamako"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso"]),
        entity("Niger", "GPE", "NER", ["Niger", "Niamey"]),
        entity("Algeria", "GPE", "DZA", ["Algerien", "Algier"]),
        entity("Algerian army", "ORG", "DZA", ["Die algerische Armee"]),
        entity("Abdoulaye Diop", "PER", "MLI", ["der malische Außenminister", "Er"]),
        entity("Alliance of Sahel States", "ORG", "IGO", ["Die Allianz der Sahelstaaten (AES)"]),
        entity("Tinzaouaten", "LOC", "MLI", ["der malischen Grenzstadt Tinzaouatène"]),
    ],
}

# --- Guatemala: indigenous road blockades against the attorney general -----------------------
GTM_PROTESTERS = actor("indigenous communities of Guatemala", "GTM", "CVL")
PORRAS = actor("Consuelo Porras", "GTM", "JUD")
AREVALO = actor("Bernardo Arévalo", "GTM", "OPP")
MP = actor("Public Ministry of Guatemala", "GTM", "JUD")
BARRIENTOS = actor("Napoleón Barrientos", "GTM", "GOV")

GTM_S = [
    "In Guatemala haben indigene Gemeinschaften ihre Straßenblockaden für einen Rücktritt von "
    "Generalstaatsanwältin Consuelo Porras den neunten Tag in Folge fortgesetzt.",
    "Die Demonstranten werfen Porras vor, den Amtsantritt des gewählten Präsidenten Bernardo Arévalo verhindern "
    "zu wollen.",
    "Die Staatsanwaltschaft hatte im September Wahlunterlagen in den Räumen des Obersten Wahlgerichts "
    "beschlagnahmt.",
    "Arévalo sprach von einem „Staatsstreich in Zeitlupe“.",
    "Die Generalstaatsanwaltschaft weist die Vorwürfe zurück.",
    "Man ermittle lediglich wegen Unregelmäßigkeiten bei der Gründung von Arévalos Partei Semilla, hieß es in "
    "einer Mitteilung.",
    "Porras beantragte am Montag beim Verfassungsgericht, die Polizei zur Räumung der Blockaden zu verpflichten.",
    "Innenminister Napoleón Barrientos lehnte einen Einsatz von Gewalt gegen die Demonstranten jedoch ab.",
    "»Wir werden keine friedlichen Proteste mit Gewalt auflösen«, sagte der Minister.",
    "Laut Polizei kam es bisher nicht zu Festnahmen.",
    "Die Organisation Amerikanischer Staaten (OAS) forderte die Behörden auf, die Amtsübergabe am 14. Januar zu "
    "garantieren.",
    "Arévalo hatte die Stichwahl im August mit deutlichem Vorsprung gewonnen.",
]

GUATEMALA = {
    "id": "hm11-de-02", "lang": "de", "published": "2023-10-10", "title": None,
    "text": paragraphs(GTM_S[0:3], GTM_S[3:6], GTM_S[6:10], GTM_S[10:12]),
    "events": [
        event("PROTEST", GTM_PROTESTERS, PORRAS, GTM_S[0], mode="obstruct"),
        event("ACCUSE", GTM_PROTESTERS, PORRAS, GTM_S[1], mode="allege"),
        event("COERCE", MP, actor("Supreme Electoral Tribunal of Guatemala", "GTM", "GOV"), GTM_S[2], mode="seize"),
        event("ACCUSE", AREVALO, PORRAS, GTM_S[3], mode="disapprove"),
        event("ACCUSE", MP, actor("Semilla", "GTM", "PTY"), GTM_S[5], mode="investigate"),
        event("REQUEST", PORRAS, actor("Constitutional Court of Guatemala", "GTM", "JUD"), GTM_S[6],
              date="2023-10-09"),
        event("REJECT", BARRIENTOS, PORRAS, GTM_S[7]),
        event("REJECT", BARRIENTOS, PORRAS, GTM_S[8]),
        event("COERCE", actor("National Civil Police of Guatemala", "GTM", "COP"), GTM_PROTESTERS, GTM_S[9],
              mode="arrest", negated=True),
        event("REQUEST", actor("Organization of American States", "IGO", "IGO"),
              actor("Government of Guatemala", "GTM", "GOV"), GTM_S[10], mode="change"),
    ],
    "quotes": [
        quote("den Amtsantritt des gewählten Präsidenten Bernardo Arévalo verhindern zu wollen",
              "indigenous communities of Guatemala", "indirect"),
        quote("Staatsstreich in Zeitlupe", "Bernardo Arévalo", "direct"),
        quote("Man ermittle lediglich wegen Unregelmäßigkeiten bei der Gründung von Arévalos Partei Semilla",
              "Public Ministry of Guatemala", "indirect"),
        quote("Wir werden keine friedlichen Proteste mit Gewalt auflösen", "Napoleón Barrientos", "direct"),
        quote("kam es bisher nicht zu Festnahmen", "National Civil Police of Guatemala", "indirect"),
    ],
    "entities": [
        entity("Guatemala", "GPE", "GTM", ["Guatemala"]),
        entity("Consuelo Porras", "PER", "GTM", ["Generalstaatsanwältin Consuelo Porras", "Porras"]),
        entity("Bernardo Arévalo", "PER", "GTM", ["des gewählten Präsidenten Bernardo Arévalo", "Arévalo",
                                                    "Arévalos"]),
        entity("Public Ministry of Guatemala", "ORG", "GTM", ["Die Staatsanwaltschaft",
                                                               "Die Generalstaatsanwaltschaft"]),
        entity("Supreme Electoral Tribunal of Guatemala", "ORG", "GTM", ["des Obersten Wahlgerichts"]),
        entity("Semilla", "ORG", "GTM", ["Arévalos Partei Semilla"]),
        entity("Constitutional Court of Guatemala", "ORG", "GTM", ["Verfassungsgericht"]),
        entity("Napoleón Barrientos", "PER", "GTM", ["Innenminister Napoleón Barrientos", "der Minister"]),
        entity("National Civil Police of Guatemala", "ORG", "GTM", ["die Polizei", "Polizei"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten (OAS)"]),
    ],
}

# --- South Sudan: Riek Machar under house arrest --------------------------------------------
SSD_GOV = actor("Government of South Sudan", "SSD", "GOV")
MACHAR = actor("Riek Machar", "SSD", "GOV")
SPLM_IO = actor("SPLM-IO", "SSD", "OPP")
UNMISS = actor("United Nations Mission in South Sudan (UNMISS)", "UNO", "IGO")

SSD_S = [
    "Im Südsudan haben Sicherheitskräfte den Ersten Vizepräsidenten Riek Machar am Mittwochabend in seinem Haus in "
    "der Hauptstadt Juba unter Arrest gestellt.",
    "Das teilte seine Partei SPLM-IO am Donnerstag mit.",
    "Die Festnahme sei ein klarer Bruch des Friedensabkommens von 2018, erklärte Parteisprecher Pal Mai Deng.",
    "Die Regierung von Präsident Salva Kiir wirft Machar vor, die Miliz Weiße Armee zu Angriffen auf die Armee "
    "angestiftet zu haben.",
    "Kämpfer der Weißen Armee hatten Anfang März einen Armeestützpunkt in der Stadt Nasir im Norden des Landes "
    "überrannt.",
    "Machars Partei bestreitet jede Verbindung zu der Miliz.",
    "Uganda hatte daraufhin Soldaten zur Unterstützung der Regierung nach Juba entsandt.",
    "Die UN-Mission im Südsudan (UNMISS) rief beide Seiten zur Zurückhaltung auf.",
    "»Das Land steht am Rande eines Rückfalls in den Bürgerkrieg«, sagte Missionschef Nicholas Haysom.",
    "Ob Machar angeklagt werden soll, ist noch unklar.",
    "Im Bürgerkrieg zwischen 2013 und 2018 waren rund 400.000 Menschen ums Leben gekommen.",
]

SOUTH_SUDAN = {
    "id": "hm11-de-03", "lang": "de", "published": "2025-03-27", "title": None,
    "text": paragraphs(SSD_S[0:3], SSD_S[3:6], SSD_S[6:9], SSD_S[9:11]),
    "events": [
        event("COERCE", actor("South Sudanese security forces", "SSD", "COP"), MACHAR, SSD_S[0], mode="arrest",
              date="2025-03-26", location="Juba", location_country="SSD"),
        event("ACCUSE", actor("Pal Mai Deng", "SSD", "OPP"), SSD_GOV, SSD_S[2], mode="allege"),
        event("ACCUSE", SSD_GOV, MACHAR, SSD_S[3], mode="allege"),
        event("ASSAULT", actor("White Army", "SSD", "REB"), actor("South Sudan People's Defence Forces", "SSD", "MIL"),
              SSD_S[4], location="Nasir", location_country="SSD"),
        event("AID", actor("Uganda", "UGA", "MIL"), SSD_GOV, SSD_S[6], location="Juba", location_country="SSD"),
        event("REQUEST", UNMISS, SSD_GOV, SSD_S[7]),
        event("REQUEST", UNMISS, SPLM_IO, SSD_S[7]),
    ],
    "quotes": [
        quote("Die Festnahme sei ein klarer Bruch des Friedensabkommens von 2018", "Pal Mai Deng", "indirect"),
        quote("die Miliz Weiße Armee zu Angriffen auf die Armee angestiftet zu haben", "Government of South Sudan",
              "indirect"),
        quote("Das Land steht am Rande eines Rückfalls in den Bürgerkrieg", "Nicholas Haysom", "direct"),
    ],
    "entities": [
        entity("Riek Machar", "PER", "SSD", ["den Ersten Vizepräsidenten Riek Machar", "Machar", "Machars"]),
        entity("SPLM-IO", "ORG", "SSD", ["seine Partei SPLM-IO", "Machars Partei"]),
        entity("Pal Mai Deng", "PER", "SSD", ["Parteisprecher Pal Mai Deng"]),
        entity("Salva Kiir", "PER", "SSD", ["Präsident Salva Kiir"]),
        entity("Government of South Sudan", "ORG", "SSD", ["Die Regierung von Präsident Salva Kiir",
                                                           "der Regierung"]),
        entity("White Army", "ORG", "SSD", ["die Miliz Weiße Armee", "der Weißen Armee", "der Miliz"]),
        entity("Uganda", "GPE", "UGA", ["Uganda"]),
        entity("United Nations Mission in South Sudan (UNMISS)", "ORG", "UNO",
               ["Die UN-Mission im Südsudan (UNMISS)"]),
        entity("Nicholas Haysom", "PER", "UNO", ["Missionschef Nicholas Haysom"]),
        entity("Juba", "LOC", "SSD", ["der Hauptstadt Juba", "Juba"]),
        entity("Nasir", "LOC", "SSD", ["der Stadt Nasir"]),
    ],
}

# --- Indonesia: protests over lawmakers' allowances, courier killed --------------------------
IDN_PROTESTERS = actor("protesters in Jakarta", "IDN", "CVL")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
DPR = actor("House of Representatives of Indonesia", "IDN", "LEG")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
BRIMOB = actor("Brimob", "IDN", "COP")

IDN_S = [
    "In der indonesischen Hauptstadt Jakarta haben Tausende Menschen den zweiten Tag in Folge gegen hohe Zulagen "
    "für Parlamentsabgeordnete protestiert.",
    "Die Polizei setzte vor dem Parlamentsgebäude Tränengas und Wasserwerfer ein.",
    "Nach Angaben der Nationalen Menschenrechtskommission wurden mehr als 600 Menschen festgenommen.",
    "Am Donnerstagabend war ein Motorradkurier von einem gepanzerten Fahrzeug der Polizei-Spezialeinheit Brimob "
    "überrollt und getötet worden.",
    "Präsident Prabowo Subianto entschuldigte sich bei der Familie des 21-Jährigen und ordnete eine Untersuchung an.",
    "Nach Polizeiangaben wurden sieben beteiligte Beamte vorläufig festgenommen.",
    "Die Demonstranten werfen den Abgeordneten vor, sich in Zeiten steigender Preise selbst zu bereichern.",
    "„Wir zahlen Steuern, damit sie in Luxus leben“, sagte eine Studentin vor dem Parlament.",
    "Parlamentspräsidentin Puan Maharani sagte zu, die umstrittene Wohnungszulage zu streichen.",
    "Indonesien ist mit rund 280 Millionen Einwohnern das bevölkerungsreichste Land Südostasiens.",
]

INDONESIA = {
    "id": "hm11-de-04", "lang": "de", "published": "2025-08-29", "title": None,
    "text": paragraphs(IDN_S[0:3], IDN_S[3:6], IDN_S[6:9], IDN_S[9:10]),
    "events": [
        event("PROTEST", IDN_PROTESTERS, DPR, IDN_S[0], mode="demo", location="Jakarta", location_country="IDN"),
        event("ASSAULT", IDN_POLICE, IDN_PROTESTERS, IDN_S[1], mode="crowd-control", location="Jakarta",
              location_country="IDN"),
        event("COERCE", IDN_POLICE, IDN_PROTESTERS, IDN_S[2], mode="arrest"),
        event("ASSAULT", BRIMOB, actor("motorcycle courier", "IDN", "CVL"), IDN_S[3], date="2025-08-28",
              location="Jakarta", location_country="IDN"),
        event("CONCEDE", PRABOWO, actor("family of the motorcycle courier", "IDN", "CVL"), IDN_S[4]),
        event("ACCUSE", PRABOWO, BRIMOB, IDN_S[4], mode="investigate"),
        event("COERCE", IDN_POLICE, actor("Brimob officers", "IDN", "COP"), IDN_S[5], mode="arrest"),
        event("ACCUSE", IDN_PROTESTERS, DPR, IDN_S[6], mode="allege"),
        event("ACCUSE", actor("student protester in Jakarta", "IDN", "CVL"), DPR, IDN_S[7], mode="disapprove"),
        event("CONCEDE", actor("Puan Maharani", "IDN", "LEG"), IDN_PROTESTERS, IDN_S[8]),
    ],
    "quotes": [
        quote("wurden mehr als 600 Menschen festgenommen", "National Commission on Human Rights (Komnas HAM)",
              "indirect"),
        quote("wurden sieben beteiligte Beamte vorläufig festgenommen", "Indonesian National Police", "indirect"),
        quote("sich in Zeiten steigender Preise selbst zu bereichern", "protesters in Jakarta", "indirect"),
        quote("Wir zahlen Steuern, damit sie in Luxus leben", "student protester in Jakarta", "direct"),
        quote("die umstrittene Wohnungszulage zu streichen", "Puan Maharani", "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["der indonesischen Hauptstadt Jakarta"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Die Polizei"]),
        entity("National Commission on Human Rights (Komnas HAM)", "ORG", "IDN",
               ["der Nationalen Menschenrechtskommission"]),
        entity("Brimob", "ORG", "IDN", ["der Polizei-Spezialeinheit Brimob"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto"]),
        entity("House of Representatives of Indonesia", "ORG", "IDN", ["dem Parlamentsgebäude", "dem Parlament"]),
        entity("Puan Maharani", "PER", "IDN", ["Parlamentspräsidentin Puan Maharani"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesien"]),
    ],
}

# --- Romania: Georgescu barred from the presidential rerun ----------------------------------
BEC = actor("Central Electoral Bureau of Romania", "ROU", "GOV")
GEORGESCU = actor("Calin Georgescu", "ROU", "OPP")
GEO_SUPPORTERS = actor("supporters of Calin Georgescu", "ROU", "CVL")
ROU_POLICE = actor("Romanian police", "ROU", "COP")

ROU_S = [
    "Romania's Central Electoral Bureau on Sunday barred far-right politician Calin Georgescu from running in the "
    "May presidential election rerun.",
    "Hundreds of his supporters clashed with riot police outside the bureau's headquarters in Bucharest, throwing "
    "stones and bottles.",
    "A police spokeswoman told reporters that officers had used tear gas and detained four people.",
    "Georgescu, who won the first round of the annulled November vote, called the decision \"a direct blow to the "
    "heart of democracy worldwide.\"",
    "He accused the European Union of orchestrating his exclusion.",
    "The bureau said Georgescu had failed to respect the obligation to defend democracy, citing a December ruling "
    "of the Constitutional Court that cancelled the election.",
    "The annulment followed reports of a coordinated TikTok campaign in his favour before the first round.",
    "Moscow has denied interfering in the vote.",
    "The European Commission declined to comment, saying the candidacy was a matter for Romanian institutions.",
    "Romania, a member of the EU and NATO, borders Ukraine and hosts a large NATO air base near the Black Sea.",
]

ROMANIA = {
    "id": "hm11-en-01", "lang": "en", "published": "2025-03-10", "title": None,
    "text": paragraphs(ROU_S[0:3], ROU_S[3:6], ROU_S[6:9], ROU_S[9:10]),
    "events": [
        event("COERCE", BEC, GEORGESCU, ROU_S[0], mode="ban", date="2025-03-09"),
        event("PROTEST", GEO_SUPPORTERS, BEC, ROU_S[1], mode="riot", date="2025-03-09", location="Bucharest",
              location_country="ROU"),
        event("ASSAULT", ROU_POLICE, GEO_SUPPORTERS, ROU_S[2], mode="crowd-control", date="2025-03-09",
              location="Bucharest", location_country="ROU"),
        event("COERCE", ROU_POLICE, GEO_SUPPORTERS, ROU_S[2], mode="arrest", date="2025-03-09",
              location="Bucharest", location_country="ROU"),
        event("ACCUSE", GEORGESCU, BEC, ROU_S[3], mode="disapprove"),
        event("ACCUSE", GEORGESCU, actor("European Union", "EUR", "IGO"), ROU_S[4], mode="allege"),
        event("ACCUSE", BEC, GEORGESCU, ROU_S[5], mode="allege"),
    ],
    "quotes": [
        quote("that officers had used tear gas and detained four people", "spokeswoman of the Romanian police",
              "indirect"),
        quote("a direct blow to the heart of democracy worldwide", "Calin Georgescu", "direct"),
        quote("Georgescu had failed to respect the obligation to defend democracy",
              "Central Electoral Bureau of Romania", "indirect"),
        quote("the candidacy was a matter for Romanian institutions", "European Commission", "indirect"),
    ],
    "entities": [
        entity("Central Electoral Bureau of Romania", "ORG", "ROU", ["Romania's Central Electoral Bureau",
                                                                     "the bureau's", "The bureau"]),
        entity("Calin Georgescu", "PER", "ROU", ["far-right politician Calin Georgescu", "his", "Georgescu", "He"]),
        entity("Romanian police", "ORG", "ROU", ["riot police", "A police spokeswoman"]),
        entity("Bucharest", "LOC", "ROU", ["Bucharest"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "the EU"]),
        entity("Constitutional Court of Romania", "ORG", "ROU", ["the Constitutional Court"]),
        entity("Russia", "GPE", "RUS", ["Moscow"]),
        entity("European Commission", "ORG", "EUR", ["The European Commission"]),
        entity("Romania", "GPE", "ROU", ["Romania"]),
        entity("TikTok", "ORG", "MNC", ["TikTok"]),
    ],
}

# --- Syria: Israeli strikes on Damascus over Sweida, troops withdraw ------------------------
ISR_MIL = actor("Israel Defense Forces", "ISR", "MIL")
SYRIA = actor("Syria", "SYR", "GOV")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")

SYR_S = [
    "Syrian government forces began withdrawing from the southern city of Sweida on Thursday after Israel struck "
    "the Defence Ministry in Damascus.",
    "Israeli warplanes hit the ministry compound and a target near the presidential palace on Wednesday, the "
    "Israeli military said.",
    "Defence Minister Israel Katz warned Damascus that the strikes would intensify unless its forces left the area.",
    "Syria's interim President Ahmed al-Sharaa accused Israel of seeking to sow division among Syrians and said "
    "protecting the Druze was \"a priority\" for his government.",
    "He announced that local Druze factions and clerics would take over security in the city.",
    "The government denied that its troops had committed abuses against Druze civilians.",
    "The fighting in the province has killed more than 300 people since Sunday, according to the Syrian Observatory "
    "for Human Rights.",
    "U.S. Secretary of State Marco Rubio urged the Syrian government to hold those responsible for abuses "
    "accountable.",
    "The Druze, a religious minority, also live in Israel and the Israeli-occupied Golan Heights.",
]

SYRIA_SWEIDA = {
    "id": "hm11-en-02", "lang": "en", "published": "2025-07-17", "title": None,
    "text": paragraphs(SYR_S[0:3], SYR_S[3:6], SYR_S[6:8], SYR_S[8:9]),
    "events": [
        event("RETREAT", actor("Syrian government forces", "SYR", "MIL"), None, SYR_S[0], mode="withdraw",
              date="2025-07-17", location="Sweida", location_country="SYR"),
        event("ASSAULT", ISR_MIL, SYRIA, SYR_S[0], mode="aerial", date="2025-07-16", location="Damascus",
              location_country="SYR"),
        event("ASSAULT", ISR_MIL, SYRIA, SYR_S[1], mode="aerial", date="2025-07-16", location="Damascus",
              location_country="SYR"),
        event("THREATEN", actor("Israel Katz", "ISR", "GOV"), SYRIA, SYR_S[2], mode="violence"),
        event("ACCUSE", SHARAA, actor("Israel", "ISR", "GOV"), SYR_S[3], mode="allege"),
        event("CONCEDE", SHARAA, actor("Druze factions in Sweida", "SYR", "REB"), SYR_S[4]),
        event("REQUEST", actor("Marco Rubio", "USA", "GOV"), actor("Government of Syria", "SYR", "GOV"), SYR_S[7],
              mode="change"),
    ],
    "quotes": [
        quote("Israeli warplanes hit the ministry compound and a target near the presidential palace on Wednesday",
              "Israel Defense Forces", "indirect"),
        quote("that the strikes would intensify unless its forces left the area", "Israel Katz", "indirect"),
        quote("protecting the Druze was \"a priority\" for his government", "Ahmed al-Sharaa", "indirect"),
        quote("a priority", "Ahmed al-Sharaa", "direct"),
        quote("that local Druze factions and clerics would take over security in the city", "Ahmed al-Sharaa",
              "indirect"),
        quote("that its troops had committed abuses against Druze civilians", "Government of Syria", "indirect"),
        quote("The fighting in the province has killed more than 300 people since Sunday",
              "Syrian Observatory for Human Rights", "indirect"),
    ],
    "entities": [
        entity("Syrian government forces", "ORG", "SYR", ["Syrian government forces"]),
        entity("Sweida", "LOC", "SYR", ["the southern city of Sweida", "the city"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Ministry of Defence of Syria", "ORG", "SYR", ["the Defence Ministry", "the ministry compound"]),
        entity("Damascus", "LOC", "SYR", ["Damascus"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli warplanes", "the Israeli military"]),
        entity("Israel Katz", "PER", "ISR", ["Defence Minister Israel Katz"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Syria's interim President Ahmed al-Sharaa", "He", "his"]),
        entity("Government of Syria", "ORG", "SYR", ["his government", "The government",
                                                     "the Syrian government"]),
        entity("Syrian Observatory for Human Rights", "ORG", "NGO", ["the Syrian Observatory for Human Rights"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("Golan Heights", "LOC", "SYR", ["the Israeli-occupied Golan Heights"]),
    ],
}

ARTICLES = [ALGERIA_MALI, GUATEMALA, SOUTH_SUDAN, INDONESIA, ROMANIA, SYRIA_SWEIDA]
