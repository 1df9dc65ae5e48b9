"""Round 361: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025 in Asia-Pacific and international organisations, invented wording and details):
- hm361-de-01: China/Taiwan: the China Coast Guard seizes the Taiwanese fishing boat Da Jin Man 88 near Kinmen and tows it to Weitou; Taiwan's coast guard sends patrol boats and Hsieh Ching-chin says Chinese ships blocked them, the Fujian coast guard alleges illegal trawling in the fishing moratorium and investigates, the Mainland Affairs Council demands the release, Liang Wen-chieh and Kuan Bi-ling accuse Beijing, Zhu Fenglian accuses Taipei, Kinmen's Chen Fu-hai asks for the crew's return, the May drills around Taiwan (2024-07-03).
- hm361-de-02: Hong Kong: Judge Kwok Wai-kin convicts former Stand News editors Chung Pui-kuen and Patrick Lam and the outlet's parent company of conspiring to publish seditious articles; Chung remanded, the 2021 police raid, Matthew Miller condemns and demands releases, Britain and the EU criticise, Chris Tang welcomes the verdict, the Chinese foreign ministry office accuses Washington and London, the HKJA objects (2024-08-29).
- hm361-de-03: SCO/India: Rajnath Singh refuses to sign the joint document of the SCO defence ministers' meeting in Qingdao because it omits the Pahalgam attack; the May fighting with Pakistan, Singh's "double standards" accusation and appeal to the SCO, Khawaja Asif accuses India over Balochistan, no meeting between the two, Singh meets Dong Jun and proposes a border roadmap, meets Belousov, Mao Ning's pledge, Jaiswal blames an unnamed country (2025-06-26).
- hm361-de-04: Indonesia/Australia: Indonesia transfers the five remaining Bali Nine prisoners to Australia and they land in Darwin; the 2005 arrests, life sentences and the 2015 executions of Chan and Sukumaran, Albanese thanks Prabowo after raising it at APEC in Peru, Yusril and Burke agree the terms and Australia pledges to recognise the verdicts, Dutton backs the move, the families thank both governments, the Veloso deal with Manila (2024-12-15).
- hm361-en-01: UN/Vietnam: the UN Convention against Cybercrime opens for signature in Hanoi; 72 signatories on the first day including China, Russia and the EU, the United States does not sign, Guterres praises it and meets Luong Cuong and To Lam, Human Rights Watch urges states not to ratify, the Tech Accord's criticism, Ghada Waly rejects it, Amnesty accuses Vietnam of jailing bloggers (2025-10-25).
- hm361-en-02: United States/India: federal prosecutors in New York charge former Indian intelligence officer Vikash Yadav over the foiled plot to kill Sikh separatist Gurpatwant Singh Pannun; Nikhil Gupta's arrest in Prague and extradition, Wray and Garland's warnings, Jaiswal says Yadav no longer works for the government, the Indian inquiry committee in Washington and the State Department's praise, Pannun accuses Modi's government, India's ban on Sikhs for Justice, the Canada-India expulsions, Yadav's Delhi arrest and bail (2024-10-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm361-de-01 (China/Taiwan, Da Jin Man 88 seized)
CCG = actor("China Coast Guard", "CHN", "COP")
DJM_CREW = actor("crew of the Da Jin Man 88", "TWN", "CVL")
TWN_CGA = actor("Coast Guard Administration of Taiwan", "TWN", "COP")
HSIEH = actor("Hsieh Ching-chin", "TWN", "COP")
FUJIAN_CG = actor("Fujian Coast Guard", "CHN", "COP")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
LIANG = actor("Liang Wen-chieh", "TWN", "GOV")
KUAN = actor("Kuan Bi-ling", "TWN", "GOV")
ZHU = actor("Zhu Fenglian", "CHN", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
CHEN_FUHAI = actor("Chen Fu-hai", "TWN", "GOV")
PLA = actor("People's Liberation Army", "CHN", "MIL")

K1 = ("Taipeh (dpa) - Die chinesische Küstenwache hat nahe der taiwanischen Inselgruppe Kinmen ein taiwanisches "
      "Fischerboot aufgebracht und in einen Hafen auf dem Festland geschleppt.")
K2 = ("Die Da Jin Man 88 sei am Dienstagabend von zwei chinesischen Schiffen gestoppt und von Beamten bestiegen worden, "
      "teilte die taiwanische Küstenwache am Mittwoch mit.")
K3 = "Anschließend sei sie in den Hafen Weitou in der Provinz Fujian gebracht worden."
K4 = ("An Bord waren den Angaben zufolge sechs Mann Besatzung, darunter der taiwanische Kapitän und ein weiterer "
      "Taiwaner sowie vier Seeleute aus Indonesien und Myanmar.")
K5 = "Nach einem Notruf des Kapitäns schickte die Küstenwache drei Patrouillenboote in das Gebiet."
K6 = ("Mehrere chinesische Schiffe hätten sie jedoch daran gehindert, sich dem Fischerboot zu nähern, sagte der "
      "stellvertretende Generaldirektor der Küstenwache, Hsieh Ching-chin, vor Journalisten in Taipeh.")
K7 = ("Die Küstenwache der Provinz Fujian erklärte, das Boot habe während der sommerlichen Schonzeit in chinesischen "
      "Gewässern mit Schleppnetzen gefischt, deren Maschen enger als erlaubt gewesen seien.")
K8 = ("Man habe die Besatzung gemäß dem Gesetz kontrolliert, die Ermittlungen dauerten an, hieß es in der "
      "Mitteilung.")
K9 = ("Taiwans Festlandrat, der für die Beziehungen zur Volksrepublik zuständig ist, forderte Peking auf, Boot und "
      "Besatzung unverzüglich freizugeben.")
K10 = ("„Fischer dürfen nicht zu Schachfiguren der Politik gemacht werden“, sagte der Vizechef und Sprecher der "
       "Behörde, Liang Wen-chieh.")
K11 = ("Die Ministerin für Meeresangelegenheiten, Kuan Bi-ling, warf China vor, die Schonzeit als Vorwand zu nutzen, "
       "um taiwanische Fischer einzuschüchtern.")
K12 = ("Zugleich räumte sie ein, dass sich das Boot zum Zeitpunkt des Zugriffs in Gewässern befunden habe, die China "
       "als eigene Hoheitsgewässer betrachtet.")
K13 = ("Die Sprecherin des Büros für Taiwan-Angelegenheiten in Peking, Zhu Fenglian, warf der Regierung in Taipeh vor, "
       "den Fall politisch auszuschlachten.")
K14 = ("Der Landrat von Kinmen, Chen Fu-hai, bat die chinesische Seite über inoffizielle Kanäle um eine rasche "
       "Rückkehr der Fischer.")
K15 = ("Das Verhältnis zwischen Peking und Taipeh ist seit dem Amtsantritt des taiwanischen Präsidenten Lai Ching-te "
       "im Mai stark angespannt.")
K16 = ("Wenige Tage nach seiner Vereidigung hatte die chinesische Volksbefreiungsarmee ein großangelegtes Manöver rund "
       "um Taiwan abgehalten.")
K17 = ("Im Februar waren zwei chinesische Fischer ums Leben gekommen, als ihr Schnellboot bei Kinmen auf der Flucht "
       "vor der taiwanischen Küstenwache kenterte.")

DE01 = {
    "id": "hm361-de-01", "lang": "de", "url": None, "published": "2024-07-03",
    "title": "China bringt taiwanisches Fischerboot bei Kinmen auf",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6], [K7, K8], [K9, K10, K11, K12], [K13, K14],
                       [K15, K16, K17]),
    "events": [
        event("COERCE", CCG, DJM_CREW, K1, mode="seize", location="Kinmen", location_country="TWN"),
        event("COERCE", CCG, DJM_CREW, K2, mode="seize", date="2024-07-02"),
        event("MOBILIZE", TWN_CGA, None, K5, mode="police", date="2024-07-02", location="Kinmen",
              location_country="TWN"),
        event("ACCUSE", HSIEH, CCG, K6, mode="allege", location="Taipei", location_country="TWN"),
        event("ACCUSE", FUJIAN_CG, DJM_CREW, K7, mode="allege"),
        event("ACCUSE", FUJIAN_CG, DJM_CREW, K8, mode="investigate"),
        event("REQUEST", MAC, CHN_GOV, K9, mode="yield"),
        event("ACCUSE", LIANG, CHN_GOV, K10, mode="disapprove"),
        event("ACCUSE", KUAN, CHN_GOV, K11, mode="disapprove"),
        event("ACCUSE", ZHU, TWN_GOV, K13, mode="disapprove", location="Beijing", location_country="CHN"),
        event("REQUEST", CHEN_FUHAI, CHN_GOV, K14, mode="yield"),
        event("MOBILIZE", PLA, None, K16, mode="troops"),
    ],
    "quotes": [
        quote("Die Da Jin Man 88 sei am Dienstagabend von zwei chinesischen Schiffen gestoppt und von Beamten bestiegen "
              "worden", "Coast Guard Administration of Taiwan", "indirect"),
        quote("Anschließend sei sie in den Hafen Weitou in der Provinz Fujian gebracht worden",
              "Coast Guard Administration of Taiwan", "indirect"),
        quote("An Bord waren den Angaben zufolge sechs Mann Besatzung, darunter der taiwanische Kapitän und ein weiterer "
              "Taiwaner sowie vier Seeleute aus Indonesien und Myanmar", "Coast Guard Administration of Taiwan",
              "indirect"),
        quote("Mehrere chinesische Schiffe hätten sie jedoch daran gehindert, sich dem Fischerboot zu nähern",
              "Hsieh Ching-chin", "indirect"),
        quote("das Boot habe während der sommerlichen Schonzeit in chinesischen Gewässern mit Schleppnetzen gefischt, "
              "deren Maschen enger als erlaubt gewesen seien", "Fujian Coast Guard", "indirect"),
        quote("Man habe die Besatzung gemäß dem Gesetz kontrolliert, die Ermittlungen dauerten an", "Fujian Coast Guard",
              "indirect"),
        quote("Fischer dürfen nicht zu Schachfiguren der Politik gemacht werden", "Liang Wen-chieh", "direct"),
        quote("die Schonzeit als Vorwand zu nutzen, um taiwanische Fischer einzuschüchtern", "Kuan Bi-ling",
              "indirect"),
        quote("dass sich das Boot zum Zeitpunkt des Zugriffs in Gewässern befunden habe, die China als eigene "
              "Hoheitsgewässer betrachtet", "Kuan Bi-ling", "indirect"),
        quote("den Fall politisch auszuschlachten", "Zhu Fenglian", "indirect"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("China Coast Guard", "ORG", "CHN", ["Die chinesische Küstenwache", "zwei chinesischen Schiffen",
                                                   "Mehrere chinesische Schiffe"]),
        entity("Kinmen", "LOC", "TWN", ["der taiwanischen Inselgruppe Kinmen", "Kinmen"]),
        entity("Da Jin Man 88", "ORG", "TWN", ["ein taiwanisches Fischerboot", "Die Da Jin Man 88", "dem Fischerboot",
                                               "das Boot", "Boot"]),
        entity("crew of the Da Jin Man 88", "PER", "TWN", ["sechs Mann Besatzung", "die Besatzung", "Besatzung",
                                                           "der Fischer"]),
        entity("captain of the Da Jin Man 88", "PER", "TWN", ["der taiwanische Kapitän", "des Kapitäns"]),
        entity("Coast Guard Administration of Taiwan", "ORG", "TWN", ["die taiwanische Küstenwache", "die Küstenwache",
                                                                      "der taiwanischen Küstenwache"]),
        entity("Weitou", "LOC", "CHN", ["den Hafen Weitou", "einen Hafen auf dem Festland"]),
        entity("Fujian", "LOC", "CHN", ["der Provinz Fujian"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesien"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar"]),
        entity("Hsieh Ching-chin", "PER", "TWN", ["der stellvertretende Generaldirektor der Küstenwache, Hsieh "
                                                  "Ching-chin"]),
        entity("Fujian Coast Guard", "ORG", "CHN", ["Die Küstenwache der Provinz Fujian"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Taiwans Festlandrat", "der Behörde"]),
        entity("China", "LOC", "CHN", ["Volksrepublik", "China"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Liang Wen-chieh", "PER", "TWN", ["der Vizechef und Sprecher der Behörde, Liang Wen-chieh"]),
        entity("Kuan Bi-ling", "PER", "TWN", ["Die Ministerin für Meeresangelegenheiten, Kuan Bi-ling", "sie"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des Büros für Taiwan-Angelegenheiten in Peking"]),
        entity("Zhu Fenglian", "PER", "CHN", ["Die Sprecherin des Büros für Taiwan-Angelegenheiten in Peking, Zhu "
                                              "Fenglian"]),
        entity("Government of Taiwan", "ORG", "TWN", ["der Regierung in Taipeh"]),
        entity("Government of China", "ORG", "CHN", ["die chinesische Seite"]),
        entity("Chen Fu-hai", "PER", "TWN", ["Der Landrat von Kinmen, Chen Fu-hai"]),
        entity("Lai Ching-te", "PER", "TWN", ["des taiwanischen Präsidenten Lai Ching-te", "seiner"]),
        entity("People's Liberation Army", "ORG", "CHN", ["die chinesische Volksbefreiungsarmee"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "Taiwans"]),
        entity("Chinese fishermen killed off Kinmen", "PER", "CHN", ["zwei chinesische Fischer"]),
    ],
}

# ---------------------------------------------------------------- hm361-de-02 (Hong Kong, Stand News verdict)
HK_COURT = actor("District Court of Hong Kong", "CHN", "JUD")
KWOK = actor("Kwok Wai-kin", "CHN", "JUD")
CHUNG = actor("Chung Pui-kuen", "CHN", "MED")
PATRICK_LAM = actor("Patrick Lam", "CHN", "MED")
BEST_PENCIL = actor("Best Pencil (Hong Kong) Limited", "CHN", "MED")
STAND_NEWS = actor("Stand News", "CHN", "MED")
HK_POLICE = actor("Hong Kong Police Force", "CHN", "COP")
MILLER = actor("Matthew Miller", "USA", "GOV")
HK_GOV = actor("Government of Hong Kong", "CHN", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
EU = actor("European Union", "EUR", "IGO")
TANG = actor("Chris Tang", "CHN", "GOV")
CHN_MFA_HK = actor("Office of the Commissioner of the Ministry of Foreign Affairs of China in Hong Kong", "CHN",
                   "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
HKJA = actor("Hong Kong Journalists Association", "CHN", "MED")

H1 = ("Hongkong (dpa) - Ein Gericht in Hongkong hat zwei frühere Chefredakteure des geschlossenen Onlineportals Stand "
      "News der Veröffentlichung aufrührerischer Schriften schuldig gesprochen.")
H2 = ("Richter Kwok Wai-kin befand am Donnerstag Chung Pui-kuen und Patrick Lam sowie die Betreibergesellschaft des "
      "Portals der Verschwörung zur Veröffentlichung von elf aufrührerischen Artikeln für schuldig.")
H3 = ("Es ist der erste Schuldspruch gegen Journalisten wegen Aufruhrs seit der Rückgabe der früheren britischen "
      "Kronkolonie an China 1997.")
H4 = ("Stand News habe sich während der Massenproteste von 2019 zu einem Werkzeug entwickelt, um die Zentralregierung "
      "in Peking und die Hongkonger Regierung zu verunglimpfen, schrieb Kwok in seiner Urteilsbegründung.")
H5 = "Das Strafmaß soll im September verkündet werden, den beiden Männern drohen bis zu zwei Jahre Haft."
H6 = ("Chung, der bereits fast ein Jahr in Untersuchungshaft verbracht hatte, wurde bis dahin erneut in Gewahrsam "
      "genommen.")
H7 = "Lam, der schwer erkrankt ist, bleibt gegen Kaution auf freiem Fuß."
H8 = ("Die Polizei hatte die Redaktion im Dezember 2021 mit rund 200 Beamten durchsucht und sieben Mitarbeiter und "
      "frühere Vorstandsmitglieder festgenommen.")
H9 = ("US-Außenamtssprecher Matthew Miller nannte das Urteil einen „direkten Angriff auf die Pressefreiheit“ und "
      "forderte die Behörden in Hongkong auf, inhaftierte Journalisten freizulassen.")
H10 = "Auch die britische Regierung und die Europäische Union kritisierten den Schuldspruch."
H11 = "Hongkongs Sicherheitsminister Chris Tang begrüßte dagegen das Urteil."
H12 = "Der Fall habe nichts mit Pressefreiheit zu tun, sondern allein mit Straftaten, sagte er."
H13 = ("Das Büro des chinesischen Außenministeriums in Hongkong warf Washington und London vor, sich unter dem "
       "Vorwand der Pressefreiheit in die inneren Angelegenheiten Chinas einzumischen.")
H14 = ("Der Club der Auslandskorrespondenten in Hongkong zeigte sich besorgt über die Folgen für die Arbeit von "
       "Journalisten in der Stadt.")
H15 = ("Die Journalistenvereinigung HKJA erklärte, das Urteil werde die Selbstzensur in den Redaktionen weiter "
       "verstärken.")
H16 = ("Seit dem Inkrafttreten des von Peking erlassenen Sicherheitsgesetzes 2020 haben zahlreiche unabhängige Medien "
       "in Hongkong ihren Betrieb eingestellt, darunter auch die Zeitung „Apple Daily“ des inhaftierten Verlegers "
       "Jimmy Lai.")

DE02 = {
    "id": "hm361-de-02", "lang": "de", "url": None, "published": "2024-08-29",
    "title": "Hongkonger Gericht verurteilt frühere Stand-News-Chefredakteure wegen Aufruhrs",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8], [H9, H10, H11, H12, H13], [H14, H15, H16]),
    "events": [
        event("SANCTION", HK_COURT, CHUNG, H1, mode="convict", location="Hong Kong", location_country="CHN"),
        event("SANCTION", HK_COURT, PATRICK_LAM, H1, mode="convict", location="Hong Kong", location_country="CHN"),
        event("SANCTION", KWOK, CHUNG, H2, mode="convict", date="2024-08-29"),
        event("SANCTION", KWOK, PATRICK_LAM, H2, mode="convict", date="2024-08-29"),
        event("SANCTION", KWOK, BEST_PENCIL, H2, mode="convict", date="2024-08-29"),
        event("ACCUSE", KWOK, STAND_NEWS, H4, mode="allege"),
        event("COERCE", HK_COURT, CHUNG, H6, mode="arrest"),
        event("COERCE", HK_POLICE, STAND_NEWS, H8, mode="arrest"),
        event("ACCUSE", MILLER, HK_COURT, H9, mode="disapprove"),
        event("REQUEST", MILLER, HK_GOV, H9, mode="yield"),
        event("ACCUSE", GBR_GOV, HK_COURT, H10, mode="disapprove"),
        event("ACCUSE", EU, HK_COURT, H10, mode="disapprove"),
        event("SUPPORT", TANG, HK_COURT, H11),
        event("ACCUSE", CHN_MFA_HK, USA_GOV, H13, mode="disapprove"),
        event("ACCUSE", CHN_MFA_HK, GBR_GOV, H13, mode="disapprove"),
        event("ACCUSE", HKJA, HK_COURT, H15, mode="disapprove"),
    ],
    "quotes": [
        quote("Stand News habe sich während der Massenproteste von 2019 zu einem Werkzeug entwickelt, um die "
              "Zentralregierung in Peking und die Hongkonger Regierung zu verunglimpfen", "Kwok Wai-kin", "indirect"),
        quote("direkten Angriff auf die Pressefreiheit", "Matthew Miller", "direct"),
        quote("Der Fall habe nichts mit Pressefreiheit zu tun, sondern allein mit Straftaten", "Chris Tang",
              "indirect"),
        quote("sich unter dem Vorwand der Pressefreiheit in die inneren Angelegenheiten Chinas einzumischen",
              "Office of the Commissioner of the Ministry of Foreign Affairs of China in Hong Kong", "indirect"),
        quote("das Urteil werde die Selbstzensur in den Redaktionen weiter verstärken",
              "Hong Kong Journalists Association", "indirect"),
    ],
    "entities": [
        entity("Hong Kong", "LOC", "CHN", ["Hongkong", "Hongkongs", "der Stadt",
                                           "der früheren britischen Kronkolonie"]),
        entity("District Court of Hong Kong", "ORG", "CHN", ["Ein Gericht in Hongkong"]),
        entity("former Stand News editors-in-chief", "PER", "CHN", ["zwei frühere Chefredakteure des geschlossenen "
                                                                    "Onlineportals Stand News",
                                                                    "den beiden Männern"]),
        entity("Stand News", "ORG", "CHN", ["des geschlossenen Onlineportals Stand News", "Stand News",
                                            "des Portals", "die Redaktion"]),
        entity("Kwok Wai-kin", "PER", "CHN", ["Richter Kwok Wai-kin", "Kwok", "seiner"]),
        entity("Chung Pui-kuen", "PER", "CHN", ["Chung Pui-kuen", "Chung"]),
        entity("Patrick Lam", "PER", "CHN", ["Patrick Lam", "Lam"]),
        entity("Best Pencil (Hong Kong) Limited", "ORG", "CHN", ["die Betreibergesellschaft des Portals"]),
        entity("China", "LOC", "CHN", ["China", "Chinas"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Government of China", "ORG", "CHN", ["die Zentralregierung in Peking"]),
        entity("Government of Hong Kong", "ORG", "CHN", ["die Hongkonger Regierung", "die Behörden in Hongkong"]),
        entity("Hong Kong Police Force", "ORG", "CHN", ["Die Polizei", "rund 200 Beamten"]),
        entity("Stand News staff and board members", "PER", "CHN", ["sieben Mitarbeiter und frühere "
                                                                    "Vorstandsmitglieder"]),
        entity("Matthew Miller", "PER", "USA", ["US-Außenamtssprecher Matthew Miller"]),
        entity("detained journalists in Hong Kong", "PER", "CHN", ["inhaftierte Journalisten"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["die britische Regierung"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Chris Tang", "PER", "CHN", ["Hongkongs Sicherheitsminister Chris Tang", "er"]),
        entity("Office of the Commissioner of the Ministry of Foreign Affairs of China in Hong Kong", "ORG", "CHN",
               ["Das Büro des chinesischen Außenministeriums in Hongkong"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Foreign Correspondents' Club of Hong Kong", "ORG", "CHN",
               ["Der Club der Auslandskorrespondenten in Hongkong"]),
        entity("Hong Kong Journalists Association", "ORG", "CHN", ["Die Journalistenvereinigung HKJA"]),
        entity("Apple Daily", "ORG", "CHN", ["die Zeitung „Apple Daily“"]),
        entity("Jimmy Lai", "PER", "CHN", ["des inhaftierten Verlegers Jimmy Lai"]),
    ],
}

# ---------------------------------------------------------------- hm361-de-03 (SCO, Rajnath Singh in Qingdao)
RAJNATH = actor("Rajnath Singh", "IND", "GOV")
SCO = actor("Shanghai Cooperation Organisation", "IGO", "IGO")
IND_GOV = actor("Government of India", "IND", "GOV")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
IND_MIL = actor("Indian Armed Forces", "IND", "MIL")
PAK_MIL = actor("Pakistan Armed Forces", "PAK", "MIL")
ASIF = actor("Khawaja Asif", "PAK", "GOV")
DONG = actor("Dong Jun", "CHN", "GOV")
BELOUSOV = actor("Andrei Belousov", "RUS", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
JAISWAL = actor("Randhir Jaiswal", "IND", "GOV")
CHN_GOV_Q = actor("Government of China", "CHN", "GOV")

Q1 = ("Qingdao (dpa) - Ein Treffen der Verteidigungsminister der Shanghaier Organisation für Zusammenarbeit (SOZ) in "
      "China ist ohne gemeinsame Abschlusserklärung zu Ende gegangen.")
Q2 = ("Indiens Verteidigungsminister Rajnath Singh weigerte sich am Donnerstag in der ostchinesischen Hafenstadt, das "
      "Dokument zu unterzeichnen, weil darin der Terroranschlag im indischen Teil Kaschmirs vom April nicht erwähnt "
      "wurde.")
Q3 = ("Stattdessen sei in dem Entwurf von Anschlägen in der pakistanischen Provinz Belutschistan die Rede gewesen, "
      "berichteten indische Medien unter Berufung auf Regierungskreise.")
Q4 = ("Bei dem Anschlag nahe dem Touristenort Pahalgam hatten Bewaffnete 26 Menschen erschossen, die meisten von "
      "ihnen indische Urlauber.")
Q5 = ("Indien macht Pakistan für die Tat verantwortlich; Anfang Mai lieferten sich die beiden Atommächte viertägige "
      "Gefechte.")
Q6 = ("„Manche Länder nutzen grenzüberschreitenden Terrorismus als Instrument ihrer Politik und gewähren Terroristen "
      "Unterschlupf“, sagte Singh in seiner Rede vor den Ministerkollegen.")
Q7 = ("Für solche Doppelmoral dürfe es keinen Platz geben, fügte er hinzu und rief die SOZ auf, diese Staaten offen "
      "zu kritisieren.")
Q8 = ("Pakistans Verteidigungsminister Khawaja Asif, der ebenfalls in Qingdao war, warf Indien seinerseits vor, "
      "Separatisten in Belutschistan zu unterstützen.")
Q9 = "Ein Gespräch zwischen den beiden Ministern gab es nicht."
Q10 = "Am Rande der Konferenz traf Singh den chinesischen Verteidigungsminister Dong Jun."
Q11 = ("Nach Angaben seines Ministeriums schlug er einen „strukturierten Fahrplan“ vor, um die Lage an der "
       "umstrittenen Grenze im Himalaya dauerhaft zu entschärfen und den Grenzverlauf festzulegen.")
Q12 = "Zudem kam Singh mit dem russischen Verteidigungsminister Andrej Beloussow zusammen."
Q13 = ("Chinas Außenamtssprecherin Mao Ning sagte in Peking, China sei bereit, mit allen Mitgliedern "
       "zusammenzuarbeiten, um die Rolle der Organisation weiter zu stärken.")
Q14 = "Zu dem gescheiterten Dokument äußerte sie sich nicht."
Q15 = ("Der Sprecher des indischen Außenministeriums, Randhir Jaiswal, sagte in Neu-Delhi, ein bestimmtes Land habe "
       "einen Verweis auf den Terrorismus in dem Text nicht akzeptiert.")
Q16 = ("Der SOZ gehören neben China, Russland, Indien und Pakistan unter anderem der Iran, Belarus und vier "
       "zentralasiatische Staaten an.")
Q17 = ("Für Singh war es der erste Besuch in China seit dem tödlichen Grenzzusammenstoß zwischen indischen und "
       "chinesischen Soldaten im Galwan-Tal 2020.")

DE03 = {
    "id": "hm361-de-03", "lang": "de", "url": None, "published": "2025-06-26",
    "title": "Indien verweigert Unterschrift unter SOZ-Erklärung",
    "text": paragraphs([Q1, Q2, Q3], [Q4, Q5], [Q6, Q7, Q8, Q9], [Q10, Q11, Q12], [Q13, Q14, Q15],
                       [Q16, Q17]),
    "events": [
        event("REJECT", RAJNATH, SCO, Q2, date="2025-06-26", location="Qingdao", location_country="CHN"),
        event("ACCUSE", IND_GOV, PAK_GOV, Q5, mode="allege"),
        event("ASSAULT", IND_MIL, PAK_MIL, Q5),
        event("ASSAULT", PAK_MIL, IND_MIL, Q5),
        event("ACCUSE", RAJNATH, None, Q6, mode="allege", location="Qingdao", location_country="CHN"),
        event("REQUEST", RAJNATH, SCO, Q7, mode="change"),
        event("ACCUSE", ASIF, IND_GOV, Q8, mode="allege", location="Qingdao", location_country="CHN"),
        event("CONSULT", RAJNATH, ASIF, Q9, negated=True),
        event("CONSULT", RAJNATH, DONG, Q10, mode="visit", location="Qingdao", location_country="CHN"),
        event("AGREE", RAJNATH, DONG, Q11),
        event("CONSULT", RAJNATH, BELOUSOV, Q12, mode="third-party", location="Qingdao", location_country="CHN"),
        event("AGREE", MAO_NING, SCO, Q13, location="Beijing", location_country="CHN"),
        event("ACCUSE", JAISWAL, None, Q15, mode="allege", location="New Delhi", location_country="IND"),
        event("CONSULT", RAJNATH, CHN_GOV_Q, Q17, mode="visit", location_country="CHN"),
    ],
    "quotes": [
        quote("Stattdessen sei in dem Entwurf von Anschlägen in der pakistanischen Provinz Belutschistan die Rede "
              "gewesen", "Indian media", "indirect"),
        quote("Manche Länder nutzen grenzüberschreitenden Terrorismus als Instrument ihrer Politik und gewähren "
              "Terroristen Unterschlupf", "Rajnath Singh", "direct"),
        quote("Für solche Doppelmoral dürfe es keinen Platz geben", "Rajnath Singh", "indirect"),
        quote("Separatisten in Belutschistan zu unterstützen", "Khawaja Asif", "indirect"),
        quote("strukturierten Fahrplan", "Rajnath Singh", "direct"),
        quote("Nach Angaben seines Ministeriums schlug er einen „strukturierten Fahrplan“ vor, um die Lage an der "
              "umstrittenen Grenze im Himalaya dauerhaft zu entschärfen und den Grenzverlauf festzulegen",
              "Ministry of Defence of India", "indirect"),
        quote("China sei bereit, mit allen Mitgliedern zusammenzuarbeiten, um die Rolle der Organisation weiter zu "
              "stärken", "Mao Ning", "indirect"),
        quote("ein bestimmtes Land habe einen Verweis auf den Terrorismus in dem Text nicht akzeptiert",
              "Randhir Jaiswal", "indirect"),
    ],
    "entities": [
        entity("Qingdao", "LOC", "CHN", ["Qingdao", "der ostchinesischen Hafenstadt"]),
        entity("Shanghai Cooperation Organisation", "ORG", "IGO", ["der Shanghaier Organisation für Zusammenarbeit "
                                                                   "(SOZ)", "die SOZ", "der Organisation",
                                                                   "Der SOZ"]),
        entity("China", "LOC", "CHN", ["China", "Chinas"]),
        entity("Rajnath Singh", "PER", "IND", ["Indiens Verteidigungsminister Rajnath Singh", "Singh", "er"]),
        entity("Kashmir", "LOC", "IND", ["im indischen Teil Kaschmirs"]),
        entity("Balochistan", "LOC", "PAK", ["der pakistanischen Provinz Belutschistan", "Belutschistan"]),
        entity("Indian media", "ORG", "IND", ["indische Medien"]),
        entity("Pahalgam", "LOC", "IND", ["dem Touristenort Pahalgam"]),
        entity("attackers in Pahalgam", "PER", None, ["Bewaffnete"]),
        entity("victims of the Pahalgam attack", "PER", "IND", ["26 Menschen"]),
        entity("India", "LOC", "IND", ["Indien", "Indiens"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan", "Pakistans"]),
        entity("Khawaja Asif", "PER", "PAK", ["Pakistans Verteidigungsminister Khawaja Asif"]),
        entity("Dong Jun", "PER", "CHN", ["den chinesischen Verteidigungsminister Dong Jun"]),
        entity("Ministry of Defence of India", "ORG", "IND", ["seines Ministeriums"]),
        entity("Himalayas", "LOC", None, ["im Himalaya"]),
        entity("Andrei Belousov", "PER", "RUS", ["dem russischen Verteidigungsminister Andrej Beloussow"]),
        entity("Mao Ning", "PER", "CHN", ["Chinas Außenamtssprecherin Mao Ning", "sie"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Der Sprecher des indischen Außenministeriums, Randhir Jaiswal"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["des indischen Außenministeriums"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Iran", "LOC", "IRN", ["der Iran"]),
        entity("Belarus", "LOC", "BLR", ["Belarus"]),
        entity("Galwan Valley", "LOC", None, ["im Galwan-Tal"]),
    ],
}

# ---------------------------------------------------------------- hm361-de-04 (Indonesia/Australia, Bali Nine)
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
IDN_COURTS = actor("Indonesian courts", "IDN", "JUD")
BALI_FIVE = actor("five remaining Bali Nine prisoners", "AUS", "CVL")
CHAN = actor("Andrew Chan", "AUS", "CVL")
SUKUMARAN = actor("Myuran Sukumaran", "AUS", "CVL")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
YUSRIL = actor("Yusril Ihza Mahendra", "IDN", "GOV")
BURKE = actor("Tony Burke", "AUS", "GOV")
DUTTON = actor("Peter Dutton", "AUS", "OPP")
BALI_FAMILIES = actor("families of the Bali Nine prisoners", "AUS", "CVL")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")

B1 = ("Canberra/Jakarta (dpa) - Nach fast zwei Jahrzehnten in indonesischen Gefängnissen sind die fünf letzten "
      "inhaftierten Mitglieder der sogenannten Bali Nine nach Australien zurückgekehrt.")
B2 = ("Indonesien überstellte Scott Rush, Matthew Norman, Si Yi Chen, Michael Czugaj und Martin Stephens an "
      "Australien, wo sie am Sonntagmorgen mit einem Linienflug aus Bali in der nordaustralischen Stadt Darwin "
      "landeten.")
B3 = ("Die Männer waren im April 2005 auf Bali festgenommen worden, als sie versuchten, mehr als acht Kilogramm "
      "Heroin nach Australien zu schmuggeln.")
B4 = "Sie wurden später zu lebenslanger Haft verurteilt."
B5 = ("Die beiden Anführer der Gruppe, Andrew Chan und Myuran Sukumaran, wurden 2015 trotz Gnadengesuchen aus "
      "Canberra hingerichtet.")
B6 = ("Ein weiteres Mitglied starb 2018 im Gefängnis an Krebs, eine Frau kam im selben Jahr nach Verbüßung ihrer "
      "Strafe frei.")
B7 = ("Premierminister Anthony Albanese dankte dem indonesischen Präsidenten Prabowo Subianto für dessen "
      "Entgegenkommen.")
B8 = ("„Diese Männer haben fast 20 Jahre in Haft verbracht, es ist Zeit, dass sie nach Hause kommen“, sagte Albanese "
      "in Canberra.")
B9 = "Er hatte das Anliegen im November am Rande des Apec-Gipfels in Peru persönlich mit Prabowo besprochen."
B10 = ("Indonesiens für Rechtsfragen zuständiger Koordinierungsminister Yusril Ihza Mahendra und der australische "
       "Innenminister Tony Burke hatten sich in der vergangenen Woche auf die Bedingungen der Überstellung geeinigt.")
B11 = "Darin verpflichtet sich Australien, die Urteile der indonesischen Justiz anzuerkennen."
B12 = "Über den weiteren Umgang mit den Männern entscheide allein die australische Seite, sagte Yusril in Jakarta."
B13 = ("Oppositionsführer Peter Dutton trug die Entscheidung mit, mahnte aber, es dürfe nicht der Eindruck entstehen, "
       "Drogenschmuggel bleibe folgenlos.")
B14 = "Die Familien der Männer dankten in einer Erklärung beiden Regierungen."
B15 = ("Auch über die Überstellung der zum Tode verurteilten Philippinerin Mary Jane Veloso hatte sich Jakarta "
       "kürzlich mit Manila geeinigt.")
B16 = ("Beobachter sehen darin ein Zeichen für einen pragmatischeren Kurs Prabowos im Umgang mit ausländischen "
       "Häftlingen.")
B17 = "Der frühere General ist seit Oktober im Amt."

DE04 = {
    "id": "hm361-de-04", "lang": "de", "url": None, "published": "2024-12-15",
    "title": "Letzte Häftlinge der Bali Nine zurück in Australien",
    "text": paragraphs([B1, B2], [B3, B4, B5, B6], [B7, B8, B9], [B10, B11, B12], [B13, B14],
                       [B15, B16, B17]),
    "events": [
        event("COOPERATE", IDN_GOV, AUS_GOV, B1),
        event("COOPERATE", IDN_GOV, AUS_GOV, B2, date="2024-12-15", location="Darwin", location_country="AUS"),
        event("COERCE", IDN_POLICE, BALI_FIVE, B3, mode="arrest", location="Bali", location_country="IDN"),
        event("SANCTION", IDN_COURTS, BALI_FIVE, B4, mode="convict"),
        event("COERCE", IDN_COURTS, BALI_FIVE, B4, mode="arrest"),
        event("ASSAULT", IDN_GOV, CHAN, B5, mode="execute"),
        event("ASSAULT", IDN_GOV, SUKUMARAN, B5, mode="execute"),
        event("SUPPORT", ALBANESE, PRABOWO, B7),
        event("CONSULT", ALBANESE, PRABOWO, B9, mode="third-party", location="Lima", location_country="PER"),
        event("AGREE", YUSRIL, BURKE, B10),
        event("AGREE", AUS_GOV, IDN_GOV, B11),
        event("SUPPORT", DUTTON, AUS_GOV, B13),
        event("SUPPORT", BALI_FAMILIES, AUS_GOV, B14),
        event("SUPPORT", BALI_FAMILIES, IDN_GOV, B14),
        event("AGREE", IDN_GOV, PHL_GOV, B15),
    ],
    "quotes": [
        quote("Diese Männer haben fast 20 Jahre in Haft verbracht, es ist Zeit, dass sie nach Hause kommen",
              "Anthony Albanese", "direct"),
        quote("Über den weiteren Umgang mit den Männern entscheide allein die australische Seite",
              "Yusril Ihza Mahendra", "indirect"),
        quote("es dürfe nicht der Eindruck entstehen, Drogenschmuggel bleibe folgenlos", "Peter Dutton", "indirect"),
    ],
    "entities": [
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("five remaining Bali Nine prisoners", "PER", "AUS", ["die fünf letzten inhaftierten Mitglieder der "
                                                                    "sogenannten Bali Nine", "Die Männer",
                                                                    "den Männern", "der Männer", "Diese Männer"]),
        entity("Bali Nine", "ORG", "AUS", ["der sogenannten Bali Nine", "der Gruppe"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesien"]),
        entity("Scott Rush", "PER", "AUS", ["Scott Rush"]),
        entity("Matthew Norman", "PER", "AUS", ["Matthew Norman"]),
        entity("Si Yi Chen", "PER", "AUS", ["Si Yi Chen"]),
        entity("Michael Czugaj", "PER", "AUS", ["Michael Czugaj"]),
        entity("Martin Stephens", "PER", "AUS", ["Martin Stephens"]),
        entity("Bali", "LOC", "IDN", ["Bali"]),
        entity("Darwin", "LOC", "AUS", ["der nordaustralischen Stadt Darwin"]),
        entity("Andrew Chan", "PER", "AUS", ["Andrew Chan"]),
        entity("Myuran Sukumaran", "PER", "AUS", ["Myuran Sukumaran"]),
        entity("Tan Duc Thanh Nguyen", "PER", "AUS", ["Ein weiteres Mitglied"]),
        entity("Renae Lawrence", "PER", "AUS", ["eine Frau"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "Albanese", "Er"]),
        entity("Prabowo Subianto", "PER", "IDN", ["dem indonesischen Präsidenten Prabowo Subianto", "Prabowo",
                                                  "Prabowos", "Der frühere General"]),
        entity("Asia-Pacific Economic Cooperation", "ORG", "IGO", ["des Apec-Gipfels"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
        entity("Yusril Ihza Mahendra", "PER", "IDN", ["Indonesiens für Rechtsfragen zuständiger Koordinierungsminister "
                                                      "Yusril Ihza Mahendra", "Yusril"]),
        entity("Tony Burke", "PER", "AUS", ["der australische Innenminister Tony Burke"]),
        entity("Government of Australia", "ORG", "AUS", ["die australische Seite"]),
        entity("Indonesian courts", "ORG", "IDN", ["der indonesischen Justiz"]),
        entity("Peter Dutton", "PER", "AUS", ["Oppositionsführer Peter Dutton"]),
        entity("families of the Bali Nine prisoners", "PER", "AUS", ["Die Familien der Männer"]),
        entity("Mary Jane Veloso", "PER", "PHL", ["der zum Tode verurteilten Philippinerin Mary Jane Veloso"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("observers", "PER", None, ["Beobachter"]),
    ],
}

# ---------------------------------------------------------------- hm361-en-01 (UN, cybercrime convention in Hanoi)
SIGNATORIES = actor("signatory states of the UN Convention against Cybercrime", "IGO", "IGO")
UN = actor("United Nations", "UNO", "IGO")
CHN_GOV_E = actor("Government of China", "CHN", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
EU_E = actor("European Union", "EUR", "IGO")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")
LUONG_CUONG = actor("Luong Cuong", "VNM", "GOV")
TO_LAM = actor("To Lam", "VNM", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
VNM_GOV = actor("Government of Vietnam", "VNM", "GOV")

U1 = ("HANOI (Reuters) - Dozens of countries signed the first United Nations treaty against cybercrime in Hanoi on "
      "Saturday, despite warnings from rights groups and technology companies that it could be abused to expand "
      "state surveillance and go after government critics.")
U2 = ("China, Russia and the European Union were among 72 signatories on the first day of the two-day ceremony, "
      "according to the U.N. Office on Drugs and Crime.")
U3 = ("The United States was not among them, and a State Department spokesperson said Washington was still reviewing "
      "the text.")
U4 = ("U.N. Secretary-General Antonio Guterres, who attended the ceremony, called the convention \"a powerful, "
      "legally binding instrument\" to strengthen collective defenses against online crime.")
U5 = ("\"Every day, sophisticated scams defraud families, steal livelihoods, and drain billions of dollars from our "
      "economies,\" he told delegates.")
U6 = ("Guterres later held talks with Vietnamese President Luong Cuong, who opened the ceremony, and Communist Party "
      "General Secretary To Lam.")
U7 = "Vietnam, which lobbied hard to host the signing, has promoted the accord as the \"Hanoi Convention.\""
U8 = ("Talks on the treaty, launched by a Russian-sponsored General Assembly resolution in 2019, lasted more than "
      "three years.")
U9 = ("The convention obliges states to criminalize offenses such as hacking, online fraud and the non-consensual "
      "sharing of intimate images, and sets up a framework for sharing electronic evidence across borders.")
U10 = "It will enter into force 90 days after it has been ratified by 40 states."
U11 = ("Human Rights Watch urged governments not to ratify the treaty, saying its broad wording would let authorities "
       "demand data on journalists, activists and LGBT people in the name of fighting crime.")
U12 = ("The Cybersecurity Tech Accord, an industry group whose members include Microsoft and Meta, said the final text "
       "still lacked \"meaningful safeguards\" against abuse.")
U13 = ("UNODC Executive Director Ghada Waly rejected such criticism, saying the convention contained \"robust\" human "
       "rights protections.")
U14 = ("Amnesty International said the choice of Hanoi as host was troubling because Vietnamese authorities had "
       "jailed dozens of bloggers and activists over social media posts in recent years.")
U15 = ("Vietnam's foreign ministry has rejected such accusations in the past, saying it only prosecutes people who "
       "violate the law.")

EN01 = {
    "id": "hm361-en-01", "lang": "en", "url": None, "published": "2025-10-25",
    "title": "Dozens of countries sign UN cybercrime treaty in Hanoi despite rights concerns",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7], [U8, U9, U10], [U11, U12, U13], [U14, U15]),
    "events": [
        event("SUPPORT", SIGNATORIES, UN, U1, date="2025-10-25", location="Hanoi", location_country="VNM"),
        event("SUPPORT", CHN_GOV_E, UN, U2, date="2025-10-25", location="Hanoi", location_country="VNM"),
        event("SUPPORT", RUS_GOV, UN, U2, date="2025-10-25", location="Hanoi", location_country="VNM"),
        event("SUPPORT", EU_E, UN, U2, date="2025-10-25", location="Hanoi", location_country="VNM"),
        event("SUPPORT", USA_GOV_E, UN, U3, negated=True),
        event("CONSULT", GUTERRES, LUONG_CUONG, U6, mode="visit", date="2025-10-25", location="Hanoi",
              location_country="VNM"),
        event("CONSULT", GUTERRES, TO_LAM, U6, mode="visit", date="2025-10-25", location="Hanoi",
              location_country="VNM"),
        event("REQUEST", HRW, None, U11, mode="change"),
        event("ACCUSE", AMNESTY, VNM_GOV, U14, mode="allege"),
    ],
    "quotes": [
        quote("it could be abused to expand state surveillance and go after government critics",
              "rights groups and technology companies", "indirect"),
        quote("China, Russia and the European Union were among 72 signatories on the first day of the two-day "
              "ceremony, according to the U.N. Office on Drugs and Crime", "United Nations Office on Drugs and Crime",
              "indirect"),
        quote("Washington was still reviewing the text", "spokesperson of the United States Department of State",
              "indirect"),
        quote("a powerful, legally binding instrument", "Antonio Guterres", "direct"),
        quote("Every day, sophisticated scams defraud families, steal livelihoods, and drain billions of dollars from "
              "our economies", "Antonio Guterres", "direct"),
        quote("Hanoi Convention", "Government of Vietnam", "direct"),
        quote("its broad wording would let authorities demand data on journalists, activists and LGBT people in the "
              "name of fighting crime", "Human Rights Watch", "indirect"),
        quote("meaningful safeguards", "Cybersecurity Tech Accord", "direct"),
        quote("the final text still lacked \"meaningful safeguards\" against abuse", "Cybersecurity Tech Accord",
              "indirect"),
        quote("robust", "Ghada Waly", "direct"),
        quote("the convention contained \"robust\" human rights protections", "Ghada Waly", "indirect"),
        quote("the choice of Hanoi as host was troubling because Vietnamese authorities had jailed dozens of bloggers "
              "and activists over social media posts in recent years", "Amnesty International", "indirect"),
        quote("it only prosecutes people who violate the law", "Ministry of Foreign Affairs of Vietnam", "indirect"),
    ],
    "entities": [
        entity("Hanoi", "LOC", "VNM", ["HANOI", "Hanoi"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("rights groups and technology companies", "ORG", None, ["rights groups and technology companies"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("United Nations Office on Drugs and Crime", "ORG", "UNO", ["the U.N. Office on Drugs and Crime",
                                                                          "UNODC"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("United States Department of State", "ORG", "USA", ["State Department"]),
        entity("spokesperson of the United States Department of State", "PER", "USA",
               ["a State Department spokesperson"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Antonio Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres", "he", "Guterres"]),
        entity("Luong Cuong", "PER", "VNM", ["Vietnamese President Luong Cuong"]),
        entity("Communist Party of Vietnam", "ORG", "VNM", ["Communist Party"]),
        entity("To Lam", "PER", "VNM", ["Communist Party General Secretary To Lam"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnam", "Vietnam's"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["General Assembly"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Cybersecurity Tech Accord", "ORG", None, ["The Cybersecurity Tech Accord, an industry group whose "
                                                          "members include Microsoft and Meta"]),
        entity("Microsoft", "ORG", "USA", ["Microsoft"]),
        entity("Meta", "ORG", "USA", ["Meta"]),
        entity("Ghada Waly", "PER", "UNO", ["UNODC Executive Director Ghada Waly"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Vietnam", "ORG", "VNM", ["Vietnamese authorities"]),
        entity("Vietnamese bloggers and activists", "PER", "VNM", ["dozens of bloggers and activists"]),
        entity("Ministry of Foreign Affairs of Vietnam", "ORG", "VNM", ["Vietnam's foreign ministry"]),
    ],
}

# ---------------------------------------------------------------- hm361-en-02 (United States/India, Vikash Yadav)
US_DOJ = actor("United States Department of Justice", "USA", "JUD")
YADAV = actor("Vikash Yadav", "IND", "CVL")
CZE_POLICE = actor("Police of the Czech Republic", "CZE", "COP")
GUPTA = actor("Nikhil Gupta", "IND", "CVL")
CZE_GOV = actor("Government of the Czech Republic", "CZE", "GOV")
USA_GOV_Y = actor("Government of the United States", "USA", "GOV")
IND_INQUIRY = actor("Indian inquiry committee", "IND", "GOV")
US_STATE_DEPT = actor("United States Department of State", "USA", "GOV")
IND_GOV_Y = actor("Government of India", "IND", "GOV")
PANNUN = actor("Gurpatwant Singh Pannun", "USA", "CVL")
SFJ = actor("Sikhs for Justice", "USA", "NGO")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
DELHI_POLICE = actor("Delhi Police", "IND", "COP")
DELHI_COURT = actor("Delhi court", "IND", "JUD")

Y1 = ("NEW YORK (AP) — U.S. prosecutors on Thursday charged a former Indian government intelligence officer with "
      "directing a foiled plot to assassinate a Sikh separatist leader in New York City, a case that has strained "
      "relations between Washington and New Delhi.")
Y2 = ("Vikash Yadav, 39, faces murder-for-hire and money laundering charges in an indictment unsealed in Manhattan "
      "federal court.")
Y3 = "He remains at large, the Justice Department said."
Y4 = ("Prosecutors say Yadav, who worked for India's Cabinet Secretariat, which oversees the country's foreign "
      "intelligence agency, recruited Indian businessman Nikhil Gupta last year to arrange the killing of Gurpatwant "
      "Singh Pannun, a U.S. citizen and outspoken critic of the Indian government.")
Y5 = "The supposed hitman Gupta hired was in fact an undercover federal agent."
Y6 = ("Gupta was arrested in the Czech Republic in June 2023 and extradited to the United States in June this "
      "year.")
Y7 = "He has pleaded not guilty."
Y8 = ("\"The FBI will not tolerate acts of violence or other efforts to retaliate against those residing in the U.S. "
      "for exercising their constitutionally protected rights,\" FBI Director Christopher Wray said in a statement.")
Y9 = ("Attorney General Merrick Garland said the department would be \"relentless\" in holding accountable anyone, "
      "\"regardless of their position or proximity to power,\" who seeks to harm or silence American citizens.")
Y10 = ("Indian Foreign Ministry spokesperson Randhir Jaiswal said earlier on Thursday that the man named by U.S. "
       "authorities was \"no longer an employee\" of the Indian government.")
Y11 = ("An Indian inquiry committee met U.S. officials in Washington on Tuesday to discuss the case, and the State "
       "Department said it was satisfied with New Delhi's cooperation so far.")
Y12 = ("Pannun, who holds U.S. and Canadian citizenship and serves as general counsel for the group Sikhs for "
       "Justice, accused Prime Minister Narendra Modi's government of \"transnational terrorism\" and urged Washington "
       "to pursue senior officials.")
Y13 = ("India has labeled Pannun a terrorist and banned Sikhs for Justice, which campaigns for an independent Sikh "
       "homeland known as Khalistan.")
Y14 = ("The indictment came days after Canada expelled six Indian diplomats, including the high commissioner, in "
       "connection with the 2023 killing of a Sikh separatist near Vancouver, and India retaliated by expelling six "
       "Canadian diplomats.")
Y15 = ("Indian media reported that Yadav had been arrested by Delhi police in an unrelated extortion case in December "
       "and later released on bail.")

EN02 = {
    "id": "hm361-en-02", "lang": "en", "url": None, "published": "2024-10-17",
    "title": "US charges ex-Indian intelligence officer in foiled plot to kill Sikh separatist",
    "text": paragraphs([Y1, Y2, Y3], [Y4, Y5, Y6, Y7], [Y8, Y9], [Y10, Y11], [Y12, Y13], [Y14, Y15]),
    "events": [
        event("ACCUSE", US_DOJ, YADAV, Y1, mode="allege", date="2024-10-17"),
        event("ACCUSE", US_DOJ, YADAV, Y2, mode="allege", location="New York City", location_country="USA"),
        event("ACCUSE", US_DOJ, YADAV, Y4, mode="allege"),
        event("COERCE", CZE_POLICE, GUPTA, Y6, mode="arrest", location_country="CZE"),
        event("COOPERATE", CZE_GOV, USA_GOV_Y, Y6),
        event("CONSULT", IND_INQUIRY, USA_GOV_Y, Y11, mode="visit", date="2024-10-15", location="Washington",
              location_country="USA"),
        event("SUPPORT", US_STATE_DEPT, IND_GOV_Y, Y11),
        event("ACCUSE", PANNUN, IND_GOV_Y, Y12, mode="disapprove"),
        event("REQUEST", PANNUN, USA_GOV_Y, Y12),
        event("ACCUSE", IND_GOV_Y, PANNUN, Y13, mode="allege"),
        event("COERCE", IND_GOV_Y, SFJ, Y13, mode="ban"),
        event("SANCTION", CAN_GOV, IND_GOV_Y, Y14, mode="expel"),
        event("SANCTION", IND_GOV_Y, CAN_GOV, Y14, mode="expel"),
        event("COERCE", DELHI_POLICE, YADAV, Y15, mode="arrest", location="New Delhi", location_country="IND"),
        event("RETREAT", DELHI_COURT, YADAV, Y15, mode="release"),
    ],
    "quotes": [
        quote("He remains at large", "United States Department of Justice", "indirect"),
        quote("Yadav, who worked for India's Cabinet Secretariat, which oversees the country's foreign intelligence "
              "agency, recruited Indian businessman Nikhil Gupta last year to arrange the killing of Gurpatwant Singh "
              "Pannun, a U.S. citizen and outspoken critic of the Indian government",
              "United States Department of Justice", "indirect"),
        quote("The FBI will not tolerate acts of violence or other efforts to retaliate against those residing in the "
              "U.S. for exercising their constitutionally protected rights", "Christopher Wray", "direct"),
        quote("relentless", "Merrick Garland", "direct"),
        quote("regardless of their position or proximity to power", "Merrick Garland", "direct"),
        quote("the department would be \"relentless\" in holding accountable anyone, \"regardless of their position or "
              "proximity to power,\" who seeks to harm or silence American citizens", "Merrick Garland", "indirect"),
        quote("no longer an employee", "Randhir Jaiswal", "direct"),
        quote("the man named by U.S. authorities was \"no longer an employee\" of the Indian government",
              "Randhir Jaiswal", "indirect"),
        quote("it was satisfied with New Delhi's cooperation so far", "United States Department of State",
              "indirect"),
        quote("transnational terrorism", "Gurpatwant Singh Pannun", "direct"),
        quote("Yadav had been arrested by Delhi police in an unrelated extortion case in December and later released "
              "on bail", "Indian media", "indirect"),
    ],
    "entities": [
        entity("New York City", "LOC", "USA", ["NEW YORK", "New York City"]),
        entity("United States Department of Justice", "ORG", "USA", ["U.S. prosecutors", "the Justice Department",
                                                                    "Prosecutors", "the department"]),
        entity("Vikash Yadav", "PER", "IND", ["a former Indian government intelligence officer", "Vikash Yadav, 39",
                                              "Yadav", "the man named by U.S. authorities"]),
        entity("Gurpatwant Singh Pannun", "PER", "USA", ["a Sikh separatist leader", "Gurpatwant Singh Pannun, a U.S. "
                                                         "citizen and outspoken critic of the Indian government",
                                                         "Pannun"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("New Delhi", "LOC", "IND", ["New Delhi"]),
        entity("United States District Court for the Southern District of New York", "ORG", "USA",
               ["Manhattan federal court"]),
        entity("Cabinet Secretariat of India", "ORG", "IND", ["India's Cabinet Secretariat"]),
        entity("Research and Analysis Wing", "ORG", "IND", ["the country's foreign intelligence agency"]),
        entity("Nikhil Gupta", "PER", "IND", ["Indian businessman Nikhil Gupta", "Gupta"]),
        entity("undercover federal agent", "PER", "USA", ["The supposed hitman Gupta hired",
                                                          "an undercover federal agent"]),
        entity("Czech Republic", "LOC", "CZE", ["the Czech Republic"]),
        entity("United States", "LOC", "USA", ["the United States", "the U.S."]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["The FBI"]),
        entity("Christopher Wray", "PER", "USA", ["FBI Director Christopher Wray"]),
        entity("Merrick Garland", "PER", "USA", ["Attorney General Merrick Garland"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Indian Foreign Ministry spokesperson Randhir Jaiswal"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Indian Foreign Ministry"]),
        entity("Government of India", "ORG", "IND", ["the Indian government", "Prime Minister Narendra Modi's "
                                                                               "government"]),
        entity("Indian inquiry committee", "ORG", "IND", ["An Indian inquiry committee"]),
        entity("U.S. officials", "PER", "USA", ["U.S. officials"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi's"]),
        entity("Sikhs for Justice", "ORG", "USA", ["the group Sikhs for Justice", "Sikhs for Justice"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Khalistan", "LOC", None, ["Khalistan"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("Indian diplomats expelled by Canada", "PER", "IND", ["six Indian diplomats"]),
        entity("Sanjay Kumar Verma", "PER", "IND", ["the high commissioner"]),
        entity("Hardeep Singh Nijjar", "PER", "CAN", ["a Sikh separatist near Vancouver"]),
        entity("Vancouver", "LOC", "CAN", ["Vancouver"]),
        entity("Canadian diplomats expelled by India", "PER", "CAN", ["six Canadian diplomats"]),
        entity("Indian media", "ORG", "IND", ["Indian media"]),
        entity("Delhi Police", "ORG", "IND", ["Delhi police"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
