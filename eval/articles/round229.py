"""Round 229: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm229-de-01: BLA suicide car bomb kills two Chinese engineers near Karachi airport; Beijing's embassy demands punishment and protection, Sharif at the embassy, Naqvi threatens, arrests (2024-10-07).
- hm229-de-02: Taliban refugee minister Khalil Haqqani killed by a suicide bomber in his Kabul ministry; IS-Khorasan claims it, Mujahid vows revenge, no arrests, Pakistan, UNAMA, Qatar and Saudi Arabia condemn (2024-12-12).
- hm229-de-03: China's "Joint Sword-2024B" drills around Taiwan after Lai's National Day speech; coast guard patrols, Taipei's readiness and protest, TAO threats, Washington and Tokyo concerned, drills end (2024-10-14).
- hm229-de-04: Manipur: mobs attack ministers' homes in Imphal after six abducted Meitei women and children are found dead in Jiribam; tear gas, curfew and internet cut, AFSPA row, NPP pulls support, Rahul Gandhi presses Modi (2024-11-17).
- hm229-en-01: Sydney's Wakeley church stabbing of Bishop Mar Mari Emmanuel declared a terrorist act; a boy arrested, riot outside the church, Albanese and Minns react, eSafety orders footage removed (2024-04-16).
- hm229-en-02: North Korea's spy satellite launch fails hours after the China-Japan-South Korea summit in Seoul; South Korean air drills, Kishida and Washington condemn, Li Qiang stays silent (2024-05-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm229-de-01 (Karachi airport bombing)
BLA = actor("Baloch Liberation Army", "PAK", "REB")
CHN_ENGINEERS = actor("Chinese engineers in Karachi", "CHN", "BUS")
CHN_EMBASSY_PAK = actor("Embassy of China in Pakistan", "CHN", "GOV")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
CHN_MFA_SPOX = actor("Spokesperson of the Ministry of Foreign Affairs of China", "CHN", "GOV")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
JIANG = actor("Jiang Zaidong", "CHN", "GOV")
NAQVI = actor("Mohsin Naqvi", "PAK", "GOV")
SINDH_POLICE = actor("Sindh Police", "PAK", "COP")
BLA_SUSPECTS = actor("suspected accomplices of the Karachi bomber", "PAK", "REB")

A1 = ("Karatschi (dpa) - Bei einem Selbstmordanschlag auf einen Konvoi nahe dem Flughafen der pakistanischen "
      "Hafenmetropole Karatschi sind zwei chinesische Ingenieure getötet worden.")
A2 = ("Die Explosion habe sich am späten Sonntagabend auf einer Zufahrtsstraße zum Flughafen ereignet, teilte die "
      "Polizei mit.")
A3 = "Mindestens zehn weitere Menschen, darunter ein Chinese und mehrere pakistanische Wachleute, wurden verletzt."
A4 = ("Die separatistische Belutschische Befreiungsarmee (BLA) bekannte sich zu der Tat und erklärte, ihr Angriff "
      "habe sich gegen »chinesische Investoren« gerichtet.")
A5 = ("Die Ingenieure arbeiteten für ein Kohlekraftwerk bei Port Qasim, das zum Chinesisch-Pakistanischen "
      "Wirtschaftskorridor gehört.")
A6 = ("Die chinesische Botschaft in Islamabad verurteilte den Anschlag und forderte die pakistanische Regierung auf, "
      "die Täter hart zu bestrafen.")
A7 = "Es ist bereits der zweite tödliche Anschlag auf chinesische Staatsbürger in Pakistan in diesem Jahr."
A8 = ("Ein Sprecher des Außenministeriums in Peking sprach von einem »abscheulichen Terrorakt« und kündigte an, "
      "China werde mit Pakistan bei der Aufklärung eng zusammenarbeiten.")
A9 = "Premierminister Shehbaz Sharif verurteilte den Anschlag als „Angriff auf die Freundschaft zwischen Pakistan und China“."
A10 = "Er besuchte am Montag die chinesische Botschaft und sprach Botschafter Jiang Zaidong sein Beileid aus."
A11 = "Innenminister Mohsin Naqvi kündigte an, die Verantwortlichen würden „nicht entkommen“."
A12 = "Mehrere mutmaßliche Helfer des Attentäters wurden in der Nacht zum Montag in Karatschi festgenommen."
A13 = ("Die BLA wirft Islamabad vor, die Bodenschätze der Provinz Belutschistan gemeinsam mit chinesischen Firmen "
       "auszubeuten.")
A14 = "Die Separatisten bestreiten, gezielt Zivilisten anzugreifen."
A15 = ("In der kommenden Woche richtet Pakistan in Islamabad einen Gipfel der Shanghaier Organisation für "
       "Zusammenarbeit aus.")

DE01 = {
    "id": "hm229-de-01", "lang": "de", "url": None, "published": "2024-10-07",
    "title": "Zwei Chinesen bei Anschlag in Karatschi getötet",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10, A11, A12], [A13, A14, A15]),
    "events": [
        event("ASSAULT", BLA, CHN_ENGINEERS, A1, mode="suicide-attack", location="Karachi", location_country="PAK"),
        event("ASSAULT", BLA, CHN_ENGINEERS, A4, mode="suicide-attack"),
        event("ACCUSE", CHN_EMBASSY_PAK, BLA, A6, mode="disapprove"),
        event("REQUEST", CHN_EMBASSY_PAK, PAK_GOV, A6),
        event("ACCUSE", CHN_MFA_SPOX, BLA, A8, mode="disapprove"),
        event("AGREE", CHN_MFA_SPOX, PAK_GOV, A8),
        event("ACCUSE", SHARIF, BLA, A9, mode="disapprove"),
        event("CONSULT", SHARIF, JIANG, A10, mode="visit", location="Islamabad", location_country="PAK"),
        event("THREATEN", NAQVI, BLA, A11),
        event("COERCE", SINDH_POLICE, BLA_SUSPECTS, A12, mode="arrest", location="Karachi", location_country="PAK"),
        event("ACCUSE", BLA, PAK_GOV, A13, mode="allege"),
    ],
    "quotes": [
        quote("Die Explosion habe sich am späten Sonntagabend auf einer Zufahrtsstraße zum Flughafen ereignet",
              "Sindh Police", "indirect"),
        quote("chinesische Investoren", "Baloch Liberation Army", "direct"),
        quote("ihr Angriff habe sich gegen »chinesische Investoren« gerichtet", "Baloch Liberation Army", "indirect"),
        quote("abscheulichen Terrorakt", "Spokesperson of the Ministry of Foreign Affairs of China", "direct"),
        quote("China werde mit Pakistan bei der Aufklärung eng zusammenarbeiten",
              "Spokesperson of the Ministry of Foreign Affairs of China", "indirect"),
        quote("Angriff auf die Freundschaft zwischen Pakistan und China", "Shehbaz Sharif", "direct"),
        quote("nicht entkommen", "Mohsin Naqvi", "direct"),
        quote("die Verantwortlichen würden „nicht entkommen“", "Mohsin Naqvi", "indirect"),
    ],
    "entities": [
        entity("Karachi", "LOC", "PAK", ["Karatschi", "der pakistanischen Hafenmetropole Karatschi"]),
        entity("Jinnah International Airport", "LOC", "PAK", ["dem Flughafen", "zum Flughafen"]),
        entity("Chinese engineers in Karachi", "MISC", "CHN", ["zwei chinesische Ingenieure", "Die Ingenieure"]),
        entity("Sindh Police", "ORG", "PAK", ["die Polizei"]),
        entity("Baloch Liberation Army", "ORG", "PAK", ["Die separatistische Belutschische Befreiungsarmee (BLA)",
                                                        "Die BLA", "Die Separatisten"]),
        entity("Port Qasim", "LOC", "PAK", ["Port Qasim"]),
        entity("China-Pakistan Economic Corridor", "MISC", "PAK", ["Chinesisch-Pakistanischen Wirtschaftskorridor"]),
        entity("Embassy of China in Pakistan", "ORG", "CHN", ["Die chinesische Botschaft in Islamabad",
                                                             "die chinesische Botschaft"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Government of Pakistan", "ORG", "PAK", ["die pakistanische Regierung"]),
        entity("Spokesperson of the Ministry of Foreign Affairs of China", "PER", "CHN",
               ["Ein Sprecher des Außenministeriums in Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif", "Er"]),
        entity("Jiang Zaidong", "PER", "CHN", ["Botschafter Jiang Zaidong"]),
        entity("Mohsin Naqvi", "PER", "PAK", ["Innenminister Mohsin Naqvi"]),
        entity("Balochistan", "LOC", "PAK", ["der Provinz Belutschistan"]),
        entity("Shanghai Cooperation Organisation", "ORG", "IGO", ["Shanghaier Organisation für Zusammenarbeit"]),
    ],
}

# ---------------------------------------------------------------- hm229-de-02 (Khalil Haqqani killed in Kabul)
ISKP = actor("Islamic State Khorasan Province", "AFG", "REB")
KHALIL = actor("Khalil Haqqani", "AFG", "GOV")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
TALIBAN_SEC = actor("Taliban security forces", "AFG", "COP")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
TALIBAN_GOV = actor("Taliban government", "AFG", "GOV")
UNAMA = actor("United Nations Assistance Mission in Afghanistan", "UNO", "IGO")
QATAR = actor("Qatar", "QAT", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")

K1 = ("Kabul (AFP) - Bei einem Selbstmordanschlag in der afghanischen Hauptstadt ist der Flüchtlingsminister der "
      "Taliban-Regierung, Chalil Haqqani, getötet worden.")
K2 = ("Die Explosion habe sich im Innenhof des Ministeriums ereignet, als der Minister vom Mittagsgebet "
      "zurückkehrte, sagte ein Taliban-Vertreter.")
K3 = "Mit ihm starben mindestens fünf weitere Menschen, darunter Leibwächter und Angestellte des Ministeriums."
K4 = ("Der regionale Ableger der Terrormiliz Islamischer Staat, der IS-Khorasan, reklamierte den Anschlag über sein "
      "Sprachrohr Amak für sich.")
K5 = "Haqqani ist das ranghöchste Regierungsmitglied, das seit der Machtübernahme der Taliban im August 2021 getötet wurde."
K6 = "Er war ein Onkel von Innenminister Siradschuddin Haqqani, dem Anführer des einflussreichen Haqqani-Netzwerks."
K7 = "Regierungssprecher Sabihullah Mudschahid verurteilte die Tat als „feigen Angriff“."
K8 = "Die Sicherheitskräfte würden die Hintermänner finden und zur Rechenschaft ziehen, fügte er hinzu."
K9 = "Das Viertel um das Ministerium wurde weiträumig abgesperrt."
K10 = "Festnahmen meldeten die Behörden bis zum Abend nicht."
K11 = "Pakistan verurteilte den Anschlag »aufs Schärfste« und sprach dem afghanischen Volk sein Beileid aus."
K12 = ("Islamabad wirft den Taliban allerdings seit Monaten vor, Kämpfern der pakistanischen Taliban (TTP) auf "
       "afghanischem Boden Unterschlupf zu gewähren.")
K13 = ("Auch die UN-Mission in Afghanistan (Unama) verurteilte die Gewalt und forderte die De-facto-Behörden auf, "
       "die Verantwortlichen zu ermitteln.")
K14 = "Katar und Saudi-Arabien schlossen sich der Verurteilung an."
K15 = ("Der IS-Khorasan hat sich in den vergangenen Jahren zu zahlreichen Anschlägen auf Taliban-Vertreter und die "
       "schiitische Minderheit bekannt.")

DE02 = {
    "id": "hm229-de-02", "lang": "de", "url": None, "published": "2024-12-12",
    "title": "Taliban-Minister Haqqani bei Selbstmordanschlag getötet",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6], [K7, K8, K9, K10], [K11, K12, K13, K14, K15]),
    "events": [
        event("ASSAULT", ISKP, KHALIL, K1, mode="suicide-attack", location="Kabul", location_country="AFG"),
        event("ASSAULT", ISKP, KHALIL, K4, mode="suicide-attack"),
        event("ACCUSE", MUJAHID, ISKP, K7, mode="disapprove"),
        event("THREATEN", MUJAHID, ISKP, K8),
        event("COERCE", TALIBAN_SEC, ISKP, K10, mode="arrest", negated=True),
        event("ACCUSE", PAKISTAN, ISKP, K11, mode="disapprove"),
        event("ACCUSE", PAKISTAN, TALIBAN_GOV, K12, mode="allege"),
        event("ACCUSE", UNAMA, ISKP, K13, mode="disapprove"),
        event("REQUEST", UNAMA, TALIBAN_GOV, K13),
        event("ACCUSE", QATAR, ISKP, K14, mode="disapprove"),
        event("ACCUSE", SAUDI, ISKP, K14, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Explosion habe sich im Innenhof des Ministeriums ereignet, als der Minister vom Mittagsgebet "
              "zurückkehrte", "Taliban official", "indirect"),
        quote("feigen Angriff", "Zabihullah Mujahid", "direct"),
        quote("Die Sicherheitskräfte würden die Hintermänner finden und zur Rechenschaft ziehen", "Zabihullah Mujahid",
              "indirect"),
        quote("aufs Schärfste", "Pakistan", "direct"),
    ],
    "entities": [
        entity("Kabul", "LOC", "AFG", ["Kabul", "der afghanischen Hauptstadt"]),
        entity("Khalil Haqqani", "PER", "AFG", ["der Flüchtlingsminister der Taliban-Regierung, Chalil Haqqani",
                                                "der Minister", "Haqqani"]),
        entity("Taliban government", "ORG", "AFG", ["Taliban-Regierung", "Taliban", "die De-facto-Behörden"]),
        entity("Ministry of Refugees and Repatriation", "ORG", "AFG", ["des Ministeriums", "das Ministerium"]),
        entity("Taliban official", "PER", "AFG", ["ein Taliban-Vertreter"]),
        entity("Islamic State Khorasan Province", "ORG", "AFG", ["der IS-Khorasan", "Der IS-Khorasan"]),
        entity("Islamic State", "ORG", "SYR", ["Terrormiliz Islamischer Staat"]),
        entity("Amaq News Agency", "ORG", "SYR", ["Amak"]),
        entity("Sirajuddin Haqqani", "PER", "AFG", ["Innenminister Siradschuddin Haqqani"]),
        entity("Haqqani network", "ORG", "AFG", ["Haqqani-Netzwerks"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Regierungssprecher Sabihullah Mudschahid"]),
        entity("Taliban security forces", "ORG", "AFG", ["Die Sicherheitskräfte", "die Behörden"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["pakistanischen Taliban (TTP)"]),
        entity("United Nations Assistance Mission in Afghanistan", "ORG", "UNO",
               ["die UN-Mission in Afghanistan (Unama)"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
    ],
}

# ---------------------------------------------------------------- hm229-de-03 (Joint Sword-2024B)
PLA = actor("People's Liberation Army", "CHN", "MIL")
PLA_ETC = actor("Eastern Theater Command of the People's Liberation Army", "CHN", "MIL")
TAIWAN = actor("Taiwan", "TWN", "GOV")
CCG = actor("China Coast Guard", "CHN", "COP")
TWN_MND = actor("Ministry of National Defense of Taiwan", "TWN", "MIL")
CHINA = actor("China", "CHN", "GOV")
TWN_PRES_OFFICE = actor("Presidential Office of Taiwan", "TWN", "GOV")
TAO = actor("Taiwan Affairs Office", "CHN", "GOV")
LAI = actor("Lai Ching-te", "TWN", "GOV")
CHEN_BINHUA = actor("Chen Binhua", "CHN", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")

T1 = "Taipeh/Peking (dpa) - Chinas Militär hat ein großangelegtes Manöver rund um Taiwan begonnen."
T2 = ("Die Übung »Joint Sword-2024B« diene als »ernste Warnung« an die separatistischen Kräfte der »Unabhängigkeit "
      "Taiwans«, erklärte das zuständige Ostkommando der Volksbefreiungsarmee.")
T3 = "Kriegsschiffe und Kampfflugzeuge näherten sich der Insel aus mehreren Richtungen, um die Blockade wichtiger Häfen zu üben."
T4 = ("Auch die chinesische Küstenwache schickte Patrouillenboote in die Gewässer um Taiwan und die vorgelagerten "
      "Inseln Matsu und Kinmen.")
T5 = ("Das Verteidigungsministerium in Taipeh zählte bis zum Abend 125 chinesische Militärflugzeuge, so viele wie "
      "nie zuvor an einem Tag.")
T6 = "Taiwan habe eigene Einheiten in Bereitschaft versetzt, hieß es aus dem Ministerium."
T7 = "Das Präsidialamt verurteilte das Manöver als „unverhohlene militärische Provokation“."
T8 = "Peking solle die Bedrohung des Friedens in der Region sofort einstellen, forderte eine Sprecherin."
T9 = ("Präsident Lai Ching-te hatte in seiner Rede zum Nationalfeiertag am vergangenen Donnerstag gesagt, die "
      "Volksrepublik habe kein Recht, Taiwan zu vertreten.")
T10 = ("Das Büro für Taiwan-Angelegenheiten in Peking warf Lai vor, mit seinen Äußerungen die Spannungen gezielt zu "
       "verschärfen.")
T11 = "Wer die Unabhängigkeit anstrebe, werde „keinen guten Ausgang“ nehmen, warnte Sprecher Chen Binhua."
T12 = "Das US-Außenministerium zeigte sich »ernsthaft besorgt« und rief Peking zur Zurückhaltung auf."
T13 = "Auch die Regierung in Tokio äußerte ihre Besorgnis."
T14 = "Peking wies den Vorwurf der Provokation zurück."
T15 = "Am Abend erklärte das Ostkommando die Übung nach nur einem Tag für beendet."
T16 = "Die Volksrepublik betrachtet die demokratisch regierte Insel als Teil ihres Staatsgebiets."

DE03 = {
    "id": "hm229-de-03", "lang": "de", "url": None, "published": "2024-10-14",
    "title": "China hält Großmanöver rund um Taiwan ab",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11], [T12, T13, T14, T15, T16]),
    "events": [
        event("MOBILIZE", PLA, TAIWAN, T1, mode="troops"),
        event("THREATEN", PLA_ETC, TAIWAN, T2, mode="violence"),
        event("MOBILIZE", PLA, TAIWAN, T3, mode="troops"),
        event("MOBILIZE", CCG, TAIWAN, T4, mode="police", location="Kinmen", location_country="TWN"),
        event("MOBILIZE", TWN_MND, CHINA, T6, mode="troops"),
        event("ACCUSE", TWN_PRES_OFFICE, CHINA, T7, mode="disapprove"),
        event("REQUEST", TWN_PRES_OFFICE, CHINA, T8, mode="change"),
        event("ACCUSE", TAO, LAI, T10, mode="allege"),
        event("THREATEN", CHEN_BINHUA, TAIWAN, T11),
        event("ACCUSE", US_STATE, CHINA, T12, mode="disapprove"),
        event("REQUEST", US_STATE, CHINA, T12, mode="change"),
        event("ACCUSE", JAPAN, CHINA, T13, mode="disapprove"),
        event("RETREAT", PLA_ETC, TAIWAN, T15, mode="withdraw"),
    ],
    "quotes": [
        quote("Joint Sword-2024B", "Eastern Theater Command of the People's Liberation Army", "direct"),
        quote("ernste Warnung", "Eastern Theater Command of the People's Liberation Army", "direct"),
        quote("Unabhängigkeit Taiwans", "Eastern Theater Command of the People's Liberation Army", "direct"),
        quote("Die Übung »Joint Sword-2024B« diene als »ernste Warnung« an die separatistischen Kräfte der "
              "»Unabhängigkeit Taiwans«", "Eastern Theater Command of the People's Liberation Army", "indirect"),
        quote("Taiwan habe eigene Einheiten in Bereitschaft versetzt", "Ministry of National Defense of Taiwan",
              "indirect"),
        quote("unverhohlene militärische Provokation", "Presidential Office of Taiwan", "direct"),
        quote("Peking solle die Bedrohung des Friedens in der Region sofort einstellen",
              "Spokesperson of the Presidential Office of Taiwan", "indirect"),
        quote("die Volksrepublik habe kein Recht, Taiwan zu vertreten", "Lai Ching-te", "indirect"),
        quote("keinen guten Ausgang", "Chen Binhua", "direct"),
        quote("Wer die Unabhängigkeit anstrebe, werde „keinen guten Ausgang“ nehmen", "Chen Binhua", "indirect"),
        quote("ernsthaft besorgt", "United States Department of State", "direct"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("People's Liberation Army", "ORG", "CHN", ["Chinas Militär", "Volksbefreiungsarmee"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "der Insel", "die demokratisch regierte Insel"]),
        entity("Joint Sword-2024B", "MISC", "CHN", ["Joint Sword-2024B"]),
        entity("Eastern Theater Command of the People's Liberation Army", "ORG", "CHN",
               ["das zuständige Ostkommando der Volksbefreiungsarmee", "das Ostkommando"]),
        entity("China Coast Guard", "ORG", "CHN", ["die chinesische Küstenwache"]),
        entity("Matsu Islands", "LOC", "TWN", ["Matsu"]),
        entity("Kinmen", "LOC", "TWN", ["Kinmen"]),
        entity("Ministry of National Defense of Taiwan", "ORG", "TWN",
               ["Das Verteidigungsministerium in Taipeh", "dem Ministerium"]),
        entity("Presidential Office of Taiwan", "ORG", "TWN", ["Das Präsidialamt"]),
        entity("Spokesperson of the Presidential Office of Taiwan", "PER", "TWN", ["eine Sprecherin"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te", "Lai"]),
        entity("China", "LOC", "CHN", ["Volksrepublik"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["Das Büro für Taiwan-Angelegenheiten in Peking"]),
        entity("Chen Binhua", "PER", "CHN", ["Sprecher Chen Binhua"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of Japan", "ORG", "JPN", ["die Regierung in Tokio"]),
    ],
}

# ---------------------------------------------------------------- hm229-de-04 (Manipur, Jiribam and Imphal)
MEITEI_PROTESTERS = actor("Meitei protesters in Imphal", "IND", "CVL")
MANIPUR_GOV = actor("Government of Manipur", "IND", "GOV")
IND_SEC = actor("Indian security forces in Manipur", "IND", "COP")
BIREN = actor("N. Biren Singh", "IND", "GOV")
MANIPUR_RES = actor("residents of Manipur", "IND", "CVL")
GUNMEN = actor("armed men in Jiribam", "IND", "REB")
MEITEI_FAMILY = actor("Meitei family from a Jiribam relief camp", "IND", "CVL")
CRPF = actor("Central Reserve Police Force", "IND", "COP")
KUKI_FIGHTERS = actor("suspected Kuki-Zo militants", "IND", "REB")
ITLF = actor("Indigenous Tribal Leaders' Forum", "IND", "CVL")
SHAH = actor("Amit Shah", "IND", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
SANGMA = actor("Conrad Sangma", "IND", "PTY")
NPP = actor("National People's Party", "IND", "PTY")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
MODI = actor("Narendra Modi", "IND", "GOV")

M1 = "Imphal (dpa) - Nach dem Fund von sechs Leichen ist es im nordostindischen Bundesstaat Manipur erneut zu schweren Unruhen gekommen."
M2 = ("Aufgebrachte Menschenmengen griffen in der Hauptstadt Imphal die Häuser mehrerer Minister und Abgeordneter an "
      "und setzten Fahrzeuge in Brand.")
M3 = ("Die Sicherheitskräfte feuerten Tränengas ab, als Demonstranten versuchten, zum Privathaus von Regierungschef "
      "N. Biren Singh vorzudringen.")
M4 = "Die Behörden verhängten eine unbefristete Ausgangssperre und sperrten in sieben Bezirken das mobile Internet."
M5 = ("Bei den Toten handelt es sich um drei Frauen und drei Kinder einer Meitei-Familie, die Anfang der Woche von "
      "bewaffneten Männern aus einem Flüchtlingslager im Bezirk Jiribam verschleppt worden waren.")
M6 = "Zuvor hatte die Bundespolizei CRPF bei einem Feuergefecht in Jiribam zehn mutmaßliche Kuki-Kämpfer erschossen."
M7 = ("Die Kuki-Dachorganisation ITLF bestreitet, dass es sich um Kämpfer gehandelt habe, und warf den "
      "Sicherheitskräften vor, Dorfwächter getötet zu haben.")
M8 = "Innenminister Amit Shah ordnete die Entsendung von 50 weiteren Kompanien der Bundespolizei nach Manipur an."
M9 = ("Bereits am Donnerstag hatte die Zentralregierung in sechs Polizeibezirken das umstrittene Sondergesetz AFSPA "
      "wieder in Kraft gesetzt, das den Streitkräften weitreichende Befugnisse gibt.")
M10 = "Die Landesregierung forderte Neu-Delhi auf, diese Entscheidung zu überprüfen."
M11 = "Die National People's Party, ein Koalitionspartner, entzog Biren Singh am Sonntag die Unterstützung."
M12 = ("Die Regierung habe es nicht geschafft, die Krise zu lösen und Normalität herzustellen, hieß es in einem "
       "Schreiben von NPP-Chef Conrad Sangma an BJP-Präsident Jagat Prakash Nadda.")
M13 = "Oppositionsführer Rahul Gandhi forderte Premierminister Narendra Modi auf, endlich selbst nach Manipur zu reisen."
M14 = ("Bei den Kämpfen zwischen der mehrheitlich hinduistischen Meitei-Mehrheit und der überwiegend christlichen "
       "Kuki-Minderheit wurden seit Mai 2023 mehr als 250 Menschen getötet.")

DE04 = {
    "id": "hm229-de-04", "lang": "de", "url": None, "published": "2024-11-17",
    "title": "Neue Gewalt in Manipur nach Fund von sechs Leichen",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7], [M8, M9, M10], [M11, M12, M13, M14]),
    "events": [
        event("PROTEST", MEITEI_PROTESTERS, MANIPUR_GOV, M2, mode="riot", location="Imphal", location_country="IND"),
        event("ASSAULT", IND_SEC, MEITEI_PROTESTERS, M3, mode="crowd-control", location="Imphal",
              location_country="IND"),
        event("PROTEST", MEITEI_PROTESTERS, BIREN, M3, mode="demo", location="Imphal", location_country="IND"),
        event("COERCE", MANIPUR_GOV, MANIPUR_RES, M4, mode="curfew"),
        event("ASSAULT", GUNMEN, MEITEI_FAMILY, M5, mode="abduct", location="Jiribam", location_country="IND"),
        event("ASSAULT", CRPF, KUKI_FIGHTERS, M6, mode="firearms", location="Jiribam", location_country="IND"),
        event("ACCUSE", ITLF, IND_SEC, M7, mode="allege"),
        event("MOBILIZE", SHAH, None, M8, mode="police"),
        event("COERCE", IND_GOV, MANIPUR_RES, M9, mode="curfew"),
        event("REQUEST", MANIPUR_GOV, IND_GOV, M10, mode="change"),
        event("SANCTION", NPP, BIREN, M11, mode="discontinue"),
        event("ACCUSE", SANGMA, MANIPUR_GOV, M12, mode="disapprove"),
        event("REQUEST", RAHUL, MODI, M13),
    ],
    "quotes": [
        quote("dass es sich um Kämpfer gehandelt habe", "Indigenous Tribal Leaders' Forum", "indirect"),
        quote("Die Regierung habe es nicht geschafft, die Krise zu lösen und Normalität herzustellen", "Conrad Sangma",
              "indirect"),
    ],
    "entities": [
        entity("Imphal", "LOC", "IND", ["Imphal", "der Hauptstadt Imphal"]),
        entity("Manipur", "LOC", "IND", ["Manipur", "im nordostindischen Bundesstaat Manipur"]),
        entity("Indian security forces in Manipur", "ORG", "IND", ["Die Sicherheitskräfte", "den Sicherheitskräften"]),
        entity("N. Biren Singh", "PER", "IND", ["Regierungschef N. Biren Singh", "Biren Singh"]),
        entity("Government of Manipur", "ORG", "IND", ["Die Behörden", "Die Landesregierung"]),
        entity("Meitei", "MISC", "IND", ["Meitei-Familie", "Meitei-Mehrheit"]),
        entity("Jiribam", "LOC", "IND", ["Jiribam", "im Bezirk Jiribam"]),
        entity("Central Reserve Police Force", "ORG", "IND", ["die Bundespolizei CRPF"]),
        entity("Kuki", "MISC", "IND", ["Kuki-Kämpfer", "Kuki-Minderheit"]),
        entity("Indigenous Tribal Leaders' Forum", "ORG", "IND", ["Die Kuki-Dachorganisation ITLF"]),
        entity("Amit Shah", "PER", "IND", ["Innenminister Amit Shah"]),
        entity("Government of India", "ORG", "IND", ["die Zentralregierung", "Neu-Delhi"]),
        entity("Armed Forces (Special Powers) Act", "MISC", "IND", ["das umstrittene Sondergesetz AFSPA"]),
        entity("National People's Party", "ORG", "IND", ["Die National People's Party", "NPP"]),
        entity("Conrad Sangma", "PER", "IND", ["NPP-Chef Conrad Sangma"]),
        entity("Jagat Prakash Nadda", "PER", "IND", ["BJP-Präsident Jagat Prakash Nadda"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["BJP"]),
        entity("Rahul Gandhi", "PER", "IND", ["Oppositionsführer Rahul Gandhi"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
    ],
}

# ---------------------------------------------------------------- hm229-en-01 (Wakeley church stabbing)
NSW_POLICE = actor("New South Wales Police Force", "AUS", "COP")
TEEN = actor("16-year-old Wakeley attacker", "AUS", "CVL")
EMMANUEL = actor("Mar Mari Emmanuel", "AUS", "CVL")
ROYEL = actor("Isaac Royel", "AUS", "CVL")
WAKELEY_CROWD = actor("crowd outside the Wakeley church", "AUS", "CVL")
WEBB = actor("Karen Webb", "AUS", "COP")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
MINNS = actor("Chris Minns", "AUS", "GOV")
MUSLIM_LEADERS = actor("Muslim community leaders in Sydney", "AUS", "CVL")
ESAFETY = actor("eSafety Commissioner", "AUS", "GOV")
PLATFORMS = actor("social media platforms", "MNC", "BUS")

W1 = ("SYDNEY, April 16 (Reuters) - Australian police declared the stabbing of an Assyrian bishop during a "
      "livestreamed church service in western Sydney a terrorist act on Tuesday, after hundreds of people clashed "
      "with officers outside the church overnight.")
W2 = ("A 16-year-old boy was arrested at the Christ The Good Shepherd Church in Wakeley after Bishop Mar Mari "
      "Emmanuel and a priest were stabbed at the altar on Monday evening.")
W3 = "Both men are in hospital and are expected to survive."
W4 = ("\"We allege that this was religiously motivated extremism,\" New South Wales Police Commissioner Karen Webb "
      "told reporters.")
W5 = ("Webb said the boy had made comments during the attack that pointed to a religious motive, but that he had "
      "not been known to counter-terrorism authorities.")
W6 = ("Within an hour of the attack, a crowd of several hundred gathered outside the church, demanding that police "
      "hand over the attacker.")
W7 = ("Some threw bricks and fence palings at officers and damaged more than 20 police vehicles, police said.")
W8 = "Riot police used pepper spray to disperse the crowd in the early hours of Tuesday."
W9 = ("\"There is no place for violence in our community,\" Prime Minister Anthony Albanese said in Canberra, "
      "urging Australians to remain calm.")
W10 = "New South Wales Premier Chris Minns said those responsible for the riot would be found and prosecuted."
W11 = "By Tuesday afternoon, no one had been arrested over the riot."
W12 = "Muslim community leaders in the area condemned the stabbing."
W13 = ("The attack came two days after six people were killed in a stabbing rampage at a Bondi Junction shopping "
       "centre, which police have said was not terrorism-related.")
W14 = "The eSafety Commissioner ordered social media platforms to take down footage of the church attack."

EN01 = {
    "id": "hm229-en-01", "lang": "en", "url": None, "published": "2024-04-16",
    "title": "Australian police call Sydney church stabbing a terrorist act after overnight riot",
    "text": paragraphs([W1, W2, W3], [W4, W5], [W6, W7, W8], [W9, W10, W11, W12], [W13, W14]),
    "events": [
        event("ACCUSE", NSW_POLICE, TEEN, W1, mode="allege"),
        event("PROTEST", WAKELEY_CROWD, NSW_POLICE, W1, mode="riot", location="Wakeley", location_country="AUS"),
        event("COERCE", NSW_POLICE, TEEN, W2, mode="arrest", location="Wakeley", location_country="AUS"),
        event("ASSAULT", TEEN, EMMANUEL, W2, mode="primitive", location="Wakeley", location_country="AUS"),
        event("ASSAULT", TEEN, ROYEL, W2, mode="primitive", location="Wakeley", location_country="AUS"),
        event("ACCUSE", WEBB, TEEN, W4, mode="allege"),
        event("REQUEST", WAKELEY_CROWD, NSW_POLICE, W6, mode="yield"),
        event("ASSAULT", WAKELEY_CROWD, NSW_POLICE, W7, mode="primitive"),
        event("ASSAULT", NSW_POLICE, WAKELEY_CROWD, W8, mode="crowd-control"),
        event("ACCUSE", ALBANESE, WAKELEY_CROWD, W9, mode="disapprove"),
        event("THREATEN", MINNS, WAKELEY_CROWD, W10, mode="arrest"),
        event("COERCE", NSW_POLICE, WAKELEY_CROWD, W11, mode="arrest", negated=True),
        event("ACCUSE", MUSLIM_LEADERS, TEEN, W12, mode="disapprove"),
        event("COERCE", ESAFETY, PLATFORMS, W14, mode="censor"),
    ],
    "quotes": [
        quote("We allege that this was religiously motivated extremism", "Karen Webb", "direct"),
        quote("the boy had made comments during the attack that pointed to a religious motive, but that he had not "
              "been known to counter-terrorism authorities", "Karen Webb", "indirect"),
        quote("Some threw bricks and fence palings at officers and damaged more than 20 police vehicles",
              "New South Wales Police Force", "indirect"),
        quote("There is no place for violence in our community", "Anthony Albanese", "direct"),
        quote("those responsible for the riot would be found and prosecuted", "Chris Minns", "indirect"),
        quote("was not terrorism-related", "New South Wales Police Force", "indirect"),
    ],
    "entities": [
        entity("Sydney", "LOC", "AUS", ["SYDNEY", "western Sydney"]),
        entity("New South Wales Police Force", "ORG", "AUS", ["Australian police", "police", "Riot police"]),
        entity("Christ The Good Shepherd Church", "LOC", "AUS", ["the Christ The Good Shepherd Church",
                                                                  "the church"]),
        entity("Wakeley", "LOC", "AUS", ["Wakeley"]),
        entity("Mar Mari Emmanuel", "PER", "AUS", ["an Assyrian bishop", "Bishop Mar Mari Emmanuel"]),
        entity("Isaac Royel", "PER", "AUS", ["a priest"]),
        entity("16-year-old Wakeley attacker", "PER", "AUS", ["A 16-year-old boy", "the boy", "the attacker"]),
        entity("Karen Webb", "PER", "AUS", ["New South Wales Police Commissioner Karen Webb", "Webb"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Chris Minns", "PER", "AUS", ["New South Wales Premier Chris Minns"]),
        entity("Bondi Junction", "LOC", "AUS", ["Bondi Junction"]),
        entity("eSafety Commissioner", "ORG", "AUS", ["The eSafety Commissioner"]),
    ],
}

# ---------------------------------------------------------------- hm229-en-02 (North Korea's failed satellite launch)
NK = actor("North Korea", "PRK", "GOV")
LI_QIANG = actor("Li Qiang", "CHN", "GOV")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
ROK_AF = actor("Republic of Korea Air Force", "KOR", "MIL")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
US_STATE2 = actor("United States Department of State", "USA", "GOV")
ROK_GOV = actor("South Korea", "KOR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")

S1 = ("SEOUL, May 28 (Reuters) - North Korea launched a rocket carrying a military spy satellite late on Monday, "
      "but it exploded minutes into its flight, Pyongyang's state media said.")
S2 = ("The new satellite carrier rocket blew up in mid-air during its first-stage flight, the official KCNA news "
      "agency quoted a deputy director of the National Aerospace Technology Administration as saying.")
S3 = ("The launch came hours after the leaders of China and Japan held their first trilateral summit in almost five "
      "years with South Korean President Yoon Suk Yeol in Seoul.")
S4 = ("At a joint news conference after the summit, Yoon and Japanese Prime Minister Fumio Kishida had urged North "
      "Korea to call off the launch, while Chinese Premier Li Qiang did not criticise Pyongyang.")
S5 = ("South Korea's Joint Chiefs of Staff said the rocket was fired southward from the Tongchang-ri area at 10:44 "
      "p.m. and broke apart over the sea two minutes later.")
S6 = ("In response, about 20 South Korean fighter jets staged strike drills near the inter-Korean border on Tuesday "
      "morning, the military said.")
S7 = ("Japan's government briefly issued a missile alert for Okinawa and lodged a strong protest with Pyongyang "
      "through diplomatic channels in Beijing.")
S8 = ("\"Even if it is called a satellite, the use of ballistic missile technology is a clear violation of U.N. "
      "Security Council resolutions,\" Kishida told reporters in Tokyo.")
S9 = "The U.S. State Department also condemned the launch and urged Pyongyang to return to talks."
S10 = ("North Korea had notified Japan's coast guard of a launch window running until June 4.")
S11 = ("Pyongyang put its first reconnaissance satellite into orbit last November, a launch that Seoul accuses "
       "Russia of having supported with technical help.")
S12 = "Leader Kim Jong Un has said the country will put three more spy satellites into orbit this year."

EN02 = {
    "id": "hm229-en-02", "lang": "en", "url": None, "published": "2024-05-28",
    "title": "North Korean spy satellite launch fails hours after Seoul summit",
    "text": paragraphs([S1, S2], [S3, S4, S5], [S6, S7, S8, S9], [S10, S11, S12]),
    "events": [
        event("MOBILIZE", NK, None, S1, mode="weapons"),
        event("CONSULT", LI_QIANG, YOON, S3, mode="multilateral", location="Seoul", location_country="KOR"),
        event("CONSULT", KISHIDA, YOON, S3, mode="multilateral", location="Seoul", location_country="KOR"),
        event("REQUEST", YOON, NK, S4, mode="change"),
        event("REQUEST", KISHIDA, NK, S4, mode="change"),
        event("ACCUSE", LI_QIANG, NK, S4, mode="disapprove", negated=True),
        event("MOBILIZE", ROK_AF, NK, S6, mode="troops"),
        event("ACCUSE", JPN_GOV, NK, S7, mode="disapprove"),
        event("ACCUSE", KISHIDA, NK, S8, mode="disapprove"),
        event("ACCUSE", US_STATE2, NK, S9, mode="disapprove"),
        event("REQUEST", US_STATE2, NK, S9, mode="meet"),
        event("ACCUSE", ROK_GOV, RUSSIA, S11, mode="allege"),
    ],
    "quotes": [
        quote("North Korea launched a rocket carrying a military spy satellite late on Monday, but it exploded "
              "minutes into its flight", "Korean Central News Agency", "indirect"),
        quote("The new satellite carrier rocket blew up in mid-air during its first-stage flight",
              "Deputy Director of the National Aerospace Technology Administration", "indirect"),
        quote("the rocket was fired southward from the Tongchang-ri area at 10:44 p.m. and broke apart over the sea "
              "two minutes later", "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("about 20 South Korean fighter jets staged strike drills near the inter-Korean border on Tuesday "
              "morning", "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("Even if it is called a satellite, the use of ballistic missile technology is a clear violation of "
              "U.N. Security Council resolutions", "Fumio Kishida", "direct"),
        quote("the country will put three more spy satellites into orbit this year", "Kim Jong Un", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["SEOUL", "Seoul"]),
        entity("North Korea", "LOC", "PRK", ["North Korea", "Pyongyang", "the country"]),
        entity("Korean Central News Agency", "ORG", "PRK", ["Pyongyang's state media", "the official KCNA news agency"]),
        entity("National Aerospace Technology Administration", "ORG", "PRK",
               ["National Aerospace Technology Administration"]),
        entity("Deputy Director of the National Aerospace Technology Administration", "PER", "PRK",
               ["a deputy director of the National Aerospace Technology Administration"]),
        entity("Li Qiang", "PER", "CHN", ["Chinese Premier Li Qiang"]),
        entity("Fumio Kishida", "PER", "JPN", ["Japanese Prime Minister Fumio Kishida", "Kishida"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["South Korean President Yoon Suk Yeol", "Yoon"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["South Korea's Joint Chiefs of Staff",
                                                                     "the military"]),
        entity("Tongchang-ri", "LOC", "PRK", ["Tongchang-ri"]),
        entity("Republic of Korea Air Force", "ORG", "KOR", ["about 20 South Korean fighter jets"]),
        entity("Government of Japan", "ORG", "JPN", ["Japan's government"]),
        entity("Okinawa", "LOC", "JPN", ["Okinawa"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("United Nations Security Council", "ORG", "UNO", ["U.N. Security Council"]),
        entity("Tokyo", "LOC", "JPN", ["Tokyo"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Japan Coast Guard", "ORG", "JPN", ["Japan's coast guard"]),
        entity("South Korea", "LOC", "KOR", ["South Korean", "South Korea's"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Kim Jong Un", "PER", "PRK", ["Leader Kim Jong Un"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
