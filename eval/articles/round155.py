"""Round 155: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm155-de-01: Thailand deports 40 Uyghurs to China; Türk, Rubio and Human Rights Watch object, protest in Istanbul (2025-02-28).
- hm155-de-02: Pakistani air strikes in Afghanistan's Paktika province; the Taliban vow retaliation and summon Pakistan's envoy (2024-12-25).
- hm155-de-03: Mobs attack foreign students' hostels in Bishkek; arrests, Pakistan presses Kyrgyzstan, students protest (2024-05-18).
- hm155-de-04: A Taipei court orders TPP chairman Ko Wen-je detained in a corruption case; the TPP cries persecution (2024-09-06).
- hm155-en-01: Deadly clashes over a court-ordered mosque survey in Sambhal, India; internet cut, arrests, opposition blames the state (2024-11-25).
- hm155-en-02: UN plastics treaty talks in Busan end without agreement after Saudi Arabia blocks production caps (2024-12-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm155-de-01
THA = actor("Thailand", "THA", "GOV")
UYG = actor("Uyghur deportees", "CHN", "CVL")
CHN = actor("China", "CHN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
RUBIO = actor("Marco Rubio", "USA", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
UYG_PROT = actor("Uyghur protesters", None, "CVL")

A1 = "Thailand hat ungeachtet internationaler Warnungen 40 Uiguren nach China abgeschoben."
A2 = ("Die Männer seien am Donnerstag mit einem Charterflug in die Region Xinjiang gebracht worden, "
      "teilte die Regierung in Bangkok mit.")
A3 = ("Sie hatten mehr als zehn Jahre in einem Abschiebezentrum festgesessen, nachdem sie 2014 "
      "über die Grenze gekommen waren.")
A4 = "„Wir haben kein Gesetz gebrochen“, sagte Vize-Regierungschef Phumtham Wechayachai."
A5 = ("China habe zugesichert, dass die Männer sicher seien und von ihren Familien besucht werden "
      "dürften, fügte er hinzu.")
A6 = ("Das Außenministerium in Peking sprach von der Rückführung „illegaler Einwanderer“ und lobte "
      "die Zusammenarbeit mit Thailand.")
A7 = ("UN-Menschenrechtskommissar Volker Türk verurteilte die Abschiebung als klaren Verstoß gegen "
      "das Völkerrecht.")
A8 = ("„Niemand darf in ein Land zurückgeschickt werden, in dem ihm Folter droht“, erklärte sein "
      "Büro in Genf.")
A9 = ("US-Außenminister Marco Rubio warf Bangkok vor, die Uiguren wissentlich der Verfolgung "
      "ausgeliefert zu haben, und forderte, keine weiteren Menschen abzuschieben.")
A10 = ("Washington könnte Visabeschränkungen gegen verantwortliche Beamte verhängen, hieß es aus "
       "Diplomatenkreisen.")
A11 = ("Human Rights Watch forderte die Freilassung von fünf weiteren Uiguren, die noch in "
       "thailändischer Haft sitzen.")
A12 = "In Istanbul demonstrierten am Freitag Hunderte Uiguren vor dem thailändischen Konsulat."

DE01 = {
    "id": "hm155-de-01", "lang": "de", "url": None, "published": "2025-02-28",
    "title": "Thailand schiebt 40 Uiguren nach China ab",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10, A11, A12]),
    "events": [
        event("COERCE", THA, UYG, A1, mode="deport", date="2025-02-27"),
        event("COERCE", THA, UYG, A2, mode="deport", date="2025-02-27"),
        event("AGREE", CHN, THA, A5),
        event("SUPPORT", CHN_MFA, THA, A6),
        event("ACCUSE", TURK, THA, A7, mode="disapprove"),
        event("ACCUSE", OHCHR, THA, A8, mode="disapprove"),
        event("ACCUSE", RUBIO, THA, A9, mode="allege"),
        event("REQUEST", RUBIO, THA, A9, mode="change"),
        event("REQUEST", HRW, THA, A11, mode="yield"),
        event("PROTEST", UYG_PROT, THA, A12, mode="demo", date="2025-02-28", location="Istanbul",
              location_country="TUR"),
    ],
    "quotes": [
        quote("Die Männer seien am Donnerstag mit einem Charterflug in die Region Xinjiang gebracht worden",
              "Government of Thailand", "indirect"),
        quote("Wir haben kein Gesetz gebrochen", "Phumtham Wechayachai", "direct"),
        quote("China habe zugesichert, dass die Männer sicher seien und von ihren Familien besucht werden dürften",
              "Phumtham Wechayachai", "indirect"),
        quote("illegaler Einwanderer", "Ministry of Foreign Affairs of China", "direct"),
        quote("Niemand darf in ein Land zurückgeschickt werden, in dem ihm Folter droht",
              "Office of the United Nations High Commissioner for Human Rights", "direct"),
        quote("die Uiguren wissentlich der Verfolgung ausgeliefert zu haben", "Marco Rubio", "indirect"),
        quote("keine weiteren Menschen abzuschieben", "Marco Rubio", "indirect"),
        quote("Washington könnte Visabeschränkungen gegen verantwortliche Beamte verhängen",
              "diplomatic sources", "indirect"),
    ],
    "entities": [
        entity("Thailand", "GPE", "THA", ["Thailand", "thailändischer", "thailändischen"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Uyghurs", "ORG", None, ["40 Uiguren", "Die Männer", "Uiguren"]),
        entity("Xinjiang", "LOC", "CHN", ["Region Xinjiang"]),
        entity("Government of Thailand", "ORG", "THA", ["die Regierung in Bangkok"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Phumtham Wechayachai", "PER", "THA", ["Vize-Regierungschef Phumtham Wechayachai", "er"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["sein Büro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
    ],
}

# ---------------------------------------------------------------- hm155-de-02
PAK_MIL = actor("Pakistan", "PAK", "MIL")
PAK = actor("Pakistan", "PAK", "GOV")
AFG_CIV = actor("Afghan civilians", "AFG", "CVL")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
TTP = actor("Tehrik-i-Taliban Pakistan", "PAK", "REB")
AFG_MOD = actor("Ministry of Defence of Afghanistan", "AFG", "MIL")
AFG_MFA = actor("Ministry of Foreign Affairs of Afghanistan", "AFG", "GOV")
TALIBAN_MIL = actor("Taliban", "AFG", "MIL")
TALIBAN = actor("Taliban", "AFG", "GOV")
SADIQ = actor("Mohammad Sadiq", "PAK", "GOV")
HAQQANI = actor("Sirajuddin Haqqani", "AFG", "GOV")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")

B1 = ("Bei pakistanischen Luftangriffen in der ostafghanischen Provinz Paktika sind am Dienstagabend "
      "zahlreiche Menschen getötet worden.")
B2 = ("Pakistan habe gezielt Zivilisten bombardiert, unter den 46 Toten seien vor allem Frauen und "
      "Kinder, sagte Taliban-Sprecher Sabihullah Mudschahid.")
B3 = ("Pakistanische Sicherheitskreise erklärten dagegen, die Angriffe hätten Verstecken der "
      "Pakistanischen Taliban (TTP) im Bezirk Barmal gegolten.")
B4 = "Das Verteidigungsministerium in Kabul kündigte Vergeltung an."
B5 = "„Der Angriff auf unser Territorium wird nicht unbeantwortet bleiben“, hieß es in einer Erklärung."
B6 = "Das Außenministerium bestellte zudem den pakistanischen Geschäftsträger ein."
B7 = "Die Taliban verlegten am Mittwoch zusätzliche Kämpfer in die Grenzregion."
B8 = ("Pakistans Sondergesandter Mohammad Sadiq hielt sich zum Zeitpunkt der Angriffe zu Gesprächen "
      "in Kabul auf und traf dort Innenminister Siradschuddin Hakkani.")
B9 = "Die Beziehungen zwischen den beiden Nachbarländern sind seit Monaten gespannt."
B10 = ("Islamabad wirft den Taliban vor, Kämpfern der TTP Unterschlupf zu gewähren, die von "
       "Afghanistan aus Anschläge in Pakistan verüben.")
B11 = "Kabul bestreitet das."
B12 = ("Am Samstag hatten TTP-Kämpfer bei einem Überfall auf einen Armeeposten in Süd-Waziristan "
       "16 pakistanische Soldaten getötet.")
B13 = "Eine weitere Eskalation könne vor allem den Extremisten nützen, warnten Beobachter in Islamabad."

DE02 = {
    "id": "hm155-de-02", "lang": "de", "url": None, "published": "2024-12-25",
    "title": "Pakistanische Luftangriffe in Afghanistan – Taliban drohen mit Vergeltung",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8], [B9, B10, B11, B12, B13]),
    "events": [
        event("ASSAULT", PAK_MIL, AFG_CIV, B1, mode="aerial", date="2024-12-24", location="Paktika",
              location_country="AFG"),
        event("ACCUSE", MUJAHID, PAK, B2, mode="allege"),
        event("ASSAULT", PAK_MIL, TTP, B3, mode="aerial", location="Barmal", location_country="AFG"),
        event("THREATEN", AFG_MOD, PAK, B4, mode="violence"),
        event("THREATEN", AFG_MOD, PAK, B5, mode="violence"),
        event("ACCUSE", AFG_MFA, PAK, B6, mode="disapprove"),
        event("MOBILIZE", TALIBAN_MIL, None, B7, mode="troops", date="2024-12-25"),
        event("CONSULT", SADIQ, HAQQANI, B8, mode="visit", location="Kabul", location_country="AFG"),
        event("ACCUSE", PAK, TALIBAN, B10, mode="allege"),
        event("ASSAULT", TTP, PAK_ARMY, B12, date="2024-12-21", location="South Waziristan",
              location_country="PAK"),
    ],
    "quotes": [
        quote("Pakistan habe gezielt Zivilisten bombardiert, unter den 46 Toten seien vor allem Frauen und Kinder",
              "Zabihullah Mujahid", "indirect"),
        quote("die Angriffe hätten Verstecken der Pakistanischen Taliban (TTP) im Bezirk Barmal gegolten",
              "Pakistani security sources", "indirect"),
        quote("Der Angriff auf unser Territorium wird nicht unbeantwortet bleiben",
              "Ministry of Defence of Afghanistan", "direct"),
        quote("Kämpfern der TTP Unterschlupf zu gewähren, die von Afghanistan aus Anschläge in Pakistan verüben",
              "Government of Pakistan", "indirect"),
        quote("Eine weitere Eskalation könne vor allem den Extremisten nützen", "observers in Islamabad",
              "indirect"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Pakistans", "pakistanischen"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "ostafghanischen"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Chargé d'affaires of Pakistan in Kabul", "PER", "PAK", ["den pakistanischen Geschäftsträger"]),
        entity("Paktika", "LOC", "AFG", ["Provinz Paktika"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban-Sprecher Sabihullah Mudschahid"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK",
               ["Pakistanischen Taliban (TTP)", "TTP", "TTP-Kämpfer", "den Extremisten"]),
        entity("Barmal", "LOC", "AFG", ["Bezirk Barmal"]),
        entity("Ministry of Defence of Afghanistan", "ORG", "AFG", ["Das Verteidigungsministerium in Kabul"]),
        entity("Ministry of Foreign Affairs of Afghanistan", "ORG", "AFG", ["Das Außenministerium"]),
        entity("Taliban", "ORG", "AFG", ["Die Taliban", "den Taliban"]),
        entity("Mohammad Sadiq", "PER", "PAK", ["Pakistans Sondergesandter Mohammad Sadiq"]),
        entity("Sirajuddin Haqqani", "PER", "AFG", ["Innenminister Siradschuddin Hakkani"]),
        entity("South Waziristan", "LOC", "PAK", ["Süd-Waziristan"]),
        entity("Pakistan Army", "ORG", "PAK", ["16 pakistanische Soldaten"]),
    ],
}

# ---------------------------------------------------------------- hm155-de-03
KGZ_MOB = actor("Kyrgyz mob", "KGZ", "CVL")
STUDENTS = actor("foreign students in Bishkek", None, "CVL")
KGZ_POL = actor("Kyrgyz police", "KGZ", "COP")
SUSPECTS = actor("suspected attackers", "KGZ", "CVL")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
KGZ = actor("Kyrgyzstan", "KGZ", "GOV")
DAR = actor("Ishaq Dar", "PAK", "GOV")
KULUBAEV = actor("Jeenbek Kulubaev", "KGZ", "GOV")
PAK_STUD = actor("Pakistani students in Kyrgyzstan", "PAK", "CVL")
PAK_GOV = actor("Pakistan", "PAK", "GOV")
JAPAROV = actor("Sadyr Japarov", "KGZ", "GOV")
KGZ_PROS = actor("Prosecutor General's Office of Kyrgyzstan", "KGZ", "JUD")

C1 = ("In der kirgisischen Hauptstadt Bischkek haben aufgebrachte Männer in der Nacht zum Samstag "
      "Wohnheime ausländischer Studenten gestürmt und Bewohner verprügelt.")
C2 = ("Mindestens 29 Menschen seien verletzt worden, darunter Studenten aus Pakistan und Indien, "
      "teilte das Gesundheitsministerium mit.")
C3 = "Auslöser war ein Video, das eine Schlägerei zwischen Einheimischen und Ausländern zeigt."
C4 = "Die Polizei nahm drei Verdächtige fest und riegelte die Studentenviertel ab."
C5 = "Die Lage sei unter Kontrolle, versicherte Innenminister Ulan Nijasbekow."
C6 = ("Pakistans Regierungschef Shehbaz Sharif forderte Bischkek auf, die Angreifer zur Rechenschaft "
      "zu ziehen.")
C7 = "Er sei »zutiefst besorgt« über die Gewalt, schrieb Sharif auf der Plattform X."
C8 = "Außenminister Ishaq Dar telefonierte mit seinem kirgisischen Kollegen Dscheenbek Kulubajew."
C9 = "Das kirgisische Außenministerium wies Berichte über Todesopfer als Falschmeldungen zurück."
C10 = ("Am Samstag demonstrierten Dutzende pakistanische Studenten vor ihrer Botschaft und verlangten, "
       "sofort nach Hause gebracht zu werden.")
C11 = "Die erste Sondermaschine mit 180 Studenten landete am Abend in Lahore."
C12 = ("Präsident Sadyr Schaparow kündigte an, die Täter würden »unabhängig von ihrer Herkunft« "
       "bestraft.")
C13 = "Die Generalstaatsanwaltschaft leitete ein Strafverfahren wegen Rowdytums ein."

DE03 = {
    "id": "hm155-de-03", "lang": "de", "url": None, "published": "2024-05-18",
    "title": "Gewalt gegen ausländische Studenten in Kirgistan",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8, C9], [C10, C11, C12, C13]),
    "events": [
        event("ASSAULT", KGZ_MOB, STUDENTS, C1, mode="beat", date="2024-05-17", location="Bishkek",
              location_country="KGZ"),
        event("COERCE", KGZ_POL, SUSPECTS, C4, mode="arrest", location="Bishkek", location_country="KGZ"),
        event("COERCE", KGZ_POL, None, C4, mode="restrict", location="Bishkek", location_country="KGZ"),
        event("REQUEST", SHARIF, KGZ, C6, mode="change"),
        event("CONSULT", DAR, KULUBAEV, C8, mode="phone"),
        event("PROTEST", PAK_STUD, PAK_GOV, C10, mode="demo", date="2024-05-18", location="Bishkek",
              location_country="KGZ"),
        event("THREATEN", JAPAROV, KGZ_MOB, C12, mode="arrest"),
        event("ACCUSE", KGZ_PROS, SUSPECTS, C13, mode="investigate"),
    ],
    "quotes": [
        quote("Mindestens 29 Menschen seien verletzt worden, darunter Studenten aus Pakistan und Indien",
              "Ministry of Health of Kyrgyzstan", "indirect"),
        quote("Die Lage sei unter Kontrolle", "Ulan Niyazbekov", "indirect"),
        quote("Er sei »zutiefst besorgt« über die Gewalt", "Shehbaz Sharif", "indirect"),
        quote("zutiefst besorgt", "Shehbaz Sharif", "direct"),
        quote("die Täter würden »unabhängig von ihrer Herkunft« bestraft", "Sadyr Japarov", "indirect"),
        quote("unabhängig von ihrer Herkunft", "Sadyr Japarov", "direct"),
    ],
    "entities": [
        entity("Bishkek", "LOC", "KGZ", ["der kirgisischen Hauptstadt Bischkek", "Bischkek"]),
        entity("Kyrgyz mob", "ORG", "KGZ", ["aufgebrachte Männer", "die Angreifer", "die Täter"]),
        entity("foreign students in Bishkek", "ORG", None, ["ausländischer Studenten", "Bewohner"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Pakistans"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Ministry of Health of Kyrgyzstan", "ORG", "KGZ", ["das Gesundheitsministerium"]),
        entity("Kyrgyz police", "ORG", "KGZ", ["Die Polizei"]),
        entity("Ulan Niyazbekov", "PER", "KGZ", ["Innenminister Ulan Nijasbekow"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Pakistans Regierungschef Shehbaz Sharif", "Sharif", "Er"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Ishaq Dar", "PER", "PAK", ["Außenminister Ishaq Dar"]),
        entity("Jeenbek Kulubaev", "PER", "KGZ", ["seinem kirgisischen Kollegen Dscheenbek Kulubajew"]),
        entity("Ministry of Foreign Affairs of Kyrgyzstan", "ORG", "KGZ", ["Das kirgisische Außenministerium"]),
        entity("Pakistani students in Kyrgyzstan", "ORG", "PAK", ["Dutzende pakistanische Studenten"]),
        entity("Embassy of Pakistan in Bishkek", "ORG", "PAK", ["ihrer Botschaft"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Sadyr Japarov", "PER", "KGZ", ["Präsident Sadyr Schaparow"]),
        entity("Prosecutor General's Office of Kyrgyzstan", "ORG", "KGZ", ["Die Generalstaatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm155-de-04
COURT = actor("Taipei District Court", "TWN", "JUD")
KO = actor("Ko Wen-je", "TWN", "OPP")
PROS = actor("Taipei District Prosecutors Office", "TWN", "JUD")
TPP = actor("Taiwan People's Party", "TWN", "OPP")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
HUANG = actor("Huang Kuo-chang", "TWN", "OPP")
TPP_SUP = actor("supporters of Ko Wen-je", "TWN", "CVL")
KMT = actor("Kuomintang", "TWN", "OPP")
TWN_JUD = actor("Taiwanese judiciary", "TWN", "JUD")
TAO = actor("Taiwan Affairs Office", "CHN", "GOV")

D1 = ("Ein Gericht in Taipeh hat Untersuchungshaft für den taiwanischen Oppositionspolitiker "
      "Ko Wen-je angeordnet.")
D2 = ("Die Staatsanwaltschaft wirft dem Vorsitzenden der Taiwanischen Volkspartei (TPP) vor, als "
      "Bürgermeister der Hauptstadt Bestechungsgelder eines Bauunternehmers angenommen zu haben.")
D3 = ("Die Richter verhängten in der Nacht zum Freitag zudem eine Kontaktsperre, weil "
      "Verdunkelungsgefahr bestehe.")
D4 = ("Ko war bereits vergangene Woche festgenommen, am Montag aber zunächst ohne Kaution "
      "freigelassen worden.")
D5 = "Die TPP sprach von politischer Verfolgung durch die regierende Demokratische Fortschrittspartei (DPP)."
D6 = ("„Das ist ein Angriff auf die Opposition“, sagte TPP-Fraktionschef Huang Kuo-chang, „und "
      "damit auf die Demokratie in Taiwan.“")
D7 = "Hunderte Anhänger versammelten sich am Freitag vor dem Gericht und forderten Kos Freilassung."
D8 = "Präsident Lai Ching-te wies den Vorwurf einer politisch gesteuerten Justiz zurück."
D9 = "Die Gerichte arbeiteten unabhängig, sagte ein Sprecher des Präsidialamts."
D10 = "Ko war bei der Präsidentenwahl im Januar auf dem dritten Platz gelandet."
D11 = ("Die oppositionelle Kuomintang (KMT), mit der die TPP im Parlament zusammenarbeitet, forderte "
       "ein faires Verfahren.")
D12 = ("Peking nutzte den Fall für Kritik: Die DPP verfolge Andersdenkende, sagte eine Sprecherin "
       "des Taiwan-Büros.")

DE04 = {
    "id": "hm155-de-04", "lang": "de", "url": None, "published": "2024-09-06",
    "title": "Taiwans Oppositionspolitiker Ko Wen-je muss in Untersuchungshaft",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10, D11, D12]),
    "events": [
        event("COERCE", COURT, KO, D1, mode="arrest", date="2024-09-05", location="Taipei",
              location_country="TWN"),
        event("ACCUSE", PROS, KO, D2, mode="allege"),
        event("COERCE", COURT, KO, D3, mode="restrict", date="2024-09-05"),
        event("COERCE", PROS, KO, D4, mode="arrest"),
        event("RETREAT", COURT, KO, D4, mode="release", date="2024-09-02"),
        event("ACCUSE", TPP, DPP, D5, mode="allege"),
        event("ACCUSE", HUANG, DPP, D6, mode="disapprove"),
        event("PROTEST", TPP_SUP, COURT, D7, mode="demo", date="2024-09-06", location="Taipei",
              location_country="TWN"),
        event("REQUEST", KMT, TWN_JUD, D11, mode="change"),
        event("ACCUSE", TAO, DPP, D12, mode="disapprove"),
    ],
    "quotes": [
        quote("als Bürgermeister der Hauptstadt Bestechungsgelder eines Bauunternehmers angenommen zu haben",
              "Taipei District Prosecutors Office", "indirect"),
        quote("weil Verdunkelungsgefahr bestehe", "Taipei District Court", "indirect"),
        quote("Das ist ein Angriff auf die Opposition", "Huang Kuo-chang", "direct"),
        quote("und damit auf die Demokratie in Taiwan", "Huang Kuo-chang", "direct"),
        quote("Die Gerichte arbeiteten unabhängig", "spokesperson of the Presidential Office of Taiwan", "indirect"),
        quote("Die DPP verfolge Andersdenkende", "spokeswoman of the Taiwan Affairs Office", "indirect"),
    ],
    "entities": [
        entity("Taipei District Court", "ORG", "TWN", ["Ein Gericht in Taipeh", "Die Richter", "dem Gericht"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh", "der Hauptstadt"]),
        entity("Ko Wen-je", "PER", "TWN",
               ["den taiwanischen Oppositionspolitiker Ko Wen-je", "dem Vorsitzenden der Taiwanischen Volkspartei (TPP)",
                "Ko", "Kos"]),
        entity("Taipei District Prosecutors Office", "ORG", "TWN", ["Die Staatsanwaltschaft"]),
        entity("Taiwan People's Party", "ORG", "TWN", ["Taiwanischen Volkspartei (TPP)", "Die TPP", "die TPP"]),
        entity("Democratic Progressive Party", "ORG", "TWN",
               ["die regierende Demokratische Fortschrittspartei (DPP)", "Die DPP"]),
        entity("Huang Kuo-chang", "PER", "TWN", ["TPP-Fraktionschef Huang Kuo-chang"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("supporters of Ko Wen-je", "ORG", "TWN", ["Hunderte Anhänger"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te"]),
        entity("Presidential Office of Taiwan", "ORG", "TWN", ["des Präsidialamts"]),
        entity("Kuomintang", "ORG", "TWN", ["Die oppositionelle Kuomintang (KMT)"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des Taiwan-Büros"]),
    ],
}

# ---------------------------------------------------------------- hm155-en-01
SAM_PROT = actor("Sambhal protesters", "IND", "CVL")
UP_POL = actor("Uttar Pradesh Police", "IND", "COP")
SAM_ADMIN = actor("Sambhal district administration", "IND", "GOV")
SAM_RES = actor("residents of Sambhal", "IND", "CVL")
BARQ = actor("Zia-ur-Rehman Barq", "IND", "OPP")
AKHILESH = actor("Akhilesh Yadav", "IND", "OPP")
UP_GOV = actor("Government of Uttar Pradesh", "IND", "GOV")
YOGI = actor("Yogi Adityanath", "IND", "GOV")
MOSQUE = actor("Shahi Jama Masjid committee", "IND", "CVL")
SC_IND = actor("Supreme Court of India", "IND", "JUD")
OWAISI = actor("Asaduddin Owaisi", "IND", "OPP")
DGP = actor("Prashant Kumar", "IND", "COP")

E1 = ("Four people were killed and dozens injured in the northern Indian city of Sambhal on Sunday "
      "when protesters clashed with police over a court-ordered survey of a Mughal-era mosque.")
E2 = ("Police fired tear gas at a crowd that pelted officers with stones near the Shahi Jama Masjid, "
      "according to district officials.")
E3 = "Authorities suspended internet services in the district and barred outsiders from entering until Saturday."
E4 = ("Police said they had arrested 21 people and charged Zia-ur-Rehman Barq, the local lawmaker of "
      "the opposition Samajwadi Party, with inciting the crowd.")
E5 = "Barq, who was in Bengaluru at the time, rejected the allegation."
E6 = "Samajwadi Party leader Akhilesh Yadav accused Uttar Pradesh's government of deliberately provoking the violence."
E7 = ("“The survey was rushed through to spoil the atmosphere,” he told reporters in Lucknow, “and the "
      "administration must answer for every death.”")
E8 = "Chief Minister Yogi Adityanath's office said rioters would be made to pay for damaged property."
E9 = "The dispute centres on a claim that the mosque was built on the ruins of a Hindu temple."
E10 = "The mosque committee has asked the Supreme Court to halt the survey."
E11 = ("AIMIM chief Asaduddin Owaisi condemned the police action and demanded a judicial inquiry into "
       "the deaths.")
E12 = ("The state's police chief said extra units of the armed constabulary had been sent to the town.")

EN01 = {
    "id": "hm155-en-01", "lang": "en", "url": None, "published": "2024-11-25",
    "title": "Four killed as mosque survey sparks clashes in northern India",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("PROTEST", SAM_PROT, UP_POL, E1, mode="riot", date="2024-11-24", location="Sambhal",
              location_country="IND"),
        event("ASSAULT", UP_POL, SAM_PROT, E2, mode="crowd-control", date="2024-11-24", location="Sambhal",
              location_country="IND"),
        event("ASSAULT", SAM_PROT, UP_POL, E2, mode="primitive", date="2024-11-24", location="Sambhal",
              location_country="IND"),
        event("COERCE", SAM_ADMIN, SAM_RES, E3, mode="withhold", location="Sambhal", location_country="IND"),
        event("COERCE", SAM_ADMIN, None, E3, mode="restrict", location="Sambhal", location_country="IND"),
        event("COERCE", UP_POL, SAM_PROT, E4, mode="arrest"),
        event("ACCUSE", UP_POL, BARQ, E4, mode="allege"),
        event("ACCUSE", AKHILESH, UP_GOV, E6, mode="allege"),
        event("ACCUSE", AKHILESH, SAM_ADMIN, E7, mode="disapprove"),
        event("THREATEN", YOGI, SAM_PROT, E8),
        event("REQUEST", MOSQUE, SC_IND, E10, mode="change"),
        event("ACCUSE", OWAISI, UP_POL, E11, mode="disapprove"),
        event("REQUEST", OWAISI, UP_GOV, E11, mode="change"),
        event("MOBILIZE", DGP, None, E12, mode="police", location="Sambhal", location_country="IND"),
    ],
    "quotes": [
        quote("Police fired tear gas at a crowd that pelted officers with stones near the Shahi Jama Masjid",
              "Sambhal district officials", "indirect"),
        quote("they had arrested 21 people and charged Zia-ur-Rehman Barq, the local lawmaker of the opposition "
              "Samajwadi Party, with inciting the crowd", "Uttar Pradesh Police", "indirect"),
        quote("The survey was rushed through to spoil the atmosphere", "Akhilesh Yadav", "direct"),
        quote("and the administration must answer for every death", "Akhilesh Yadav", "direct"),
        quote("rioters would be made to pay for damaged property", "Office of the Chief Minister of Uttar Pradesh",
              "indirect"),
        quote("extra units of the armed constabulary had been sent to the town", "Prashant Kumar", "indirect"),
    ],
    "entities": [
        entity("Sambhal", "LOC", "IND", ["the northern Indian city of Sambhal", "the district", "the town"]),
        entity("India", "GPE", "IND", ["Indian"]),
        entity("Sambhal protesters", "ORG", "IND", ["protesters", "a crowd", "the crowd", "rioters"]),
        entity("Uttar Pradesh Police", "ORG", "IND", ["police", "Police", "officers"]),
        entity("Shahi Jama Masjid", "LOC", "IND", ["a Mughal-era mosque", "the Shahi Jama Masjid", "the mosque"]),
        entity("Sambhal district administration", "ORG", "IND", ["Authorities", "district officials",
                                                                "the administration"]),
        entity("Zia-ur-Rehman Barq", "PER", "IND", ["Zia-ur-Rehman Barq", "Barq"]),
        entity("Samajwadi Party", "ORG", "IND", ["the opposition Samajwadi Party", "Samajwadi Party"]),
        entity("Bengaluru", "LOC", "IND", ["Bengaluru"]),
        entity("Akhilesh Yadav", "PER", "IND", ["Samajwadi Party leader Akhilesh Yadav", "he"]),
        entity("Government of Uttar Pradesh", "ORG", "IND", ["Uttar Pradesh's government"]),
        entity("Lucknow", "LOC", "IND", ["Lucknow"]),
        entity("Yogi Adityanath", "PER", "IND", ["Chief Minister Yogi Adityanath"]),
        entity("Shahi Jama Masjid committee", "ORG", "IND", ["The mosque committee"]),
        entity("Supreme Court of India", "ORG", "IND", ["the Supreme Court"]),
        entity("Asaduddin Owaisi", "PER", "IND", ["AIMIM chief Asaduddin Owaisi"]),
        entity("AIMIM", "ORG", "IND", ["AIMIM"]),
        entity("Prashant Kumar", "PER", "IND", ["The state's police chief"]),
    ],
}

# ---------------------------------------------------------------- hm155-en-02
SAU = actor("Saudi Arabia", "SAU", "GOV")
VAYAS = actor("Luis Vayas Valdivieso", "UNO", "IGO")
PAN = actor("Panama", "PAN", "GOV")
RWA = actor("Rwanda", "RWA", "GOV")
EU = actor("European Union", "EUR", "IGO")
MONTERREY = actor("Juan Carlos Monterrey Gomez", "PAN", "GOV")
GWAIZ = actor("Abdulrahman Al Gwaiz", "SAU", "GOV")
RUS = actor("Russia", "RUS", "GOV")
COALITION = actor("coalition of states seeking production caps", None, "GOV")
ANDERSEN = actor("Inger Andersen", "UNO", "IGO")
DELEGATES = actor("plastics treaty negotiators", None, "GOV")
GREENPEACE = actor("Greenpeace", "NGO", "NGO")
KOR = actor("South Korea", "KOR", "GOV")
DEV = actor("developing countries", None, "GOV")
USA = actor("United States", "USA", "GOV")
WWF = actor("World Wide Fund for Nature", "NGO", "NGO")

F1 = ("Talks on a global treaty to curb plastic pollution ended without agreement in the South Korean "
      "city of Busan on Sunday after oil-producing states led by Saudi Arabia blocked any cap on "
      "plastic production.")
F2 = ("The chair, Ecuadorian diplomat Luis Vayas Valdivieso, adjourned the session and said "
      "negotiations would resume next year.")
F3 = ("More than 100 countries, among them Panama, Rwanda and the European Union, had demanded "
      "binding limits on new plastic.")
F4 = ("“We cannot let a handful of states hold the planet hostage,” Panama's envoy Juan Carlos "
      "Monterrey Gomez said, “and we will come back with even more countries.”")
F5 = ("Saudi delegate Abdulrahman Al Gwaiz told the plenary that there had never been consensus on "
      "production limits.")
F6 = ("Russia's delegation accused the coalition of pushing “trade restrictions disguised as "
      "environmental policy”.")
F7 = ("UN Environment Programme chief Inger Andersen praised delegates for narrowing their "
      "differences and offered her agency's help for another round.")
F8 = "Plastic production is expected to triple by 2060 if current trends continue."
F9 = ("Outside the convention centre, Greenpeace activists unfurled a banner reading “Cap plastic "
      "production”.")
F10 = "South Korea pledged $5 million to help developing countries attend the next session."
F11 = "The United States did not sign the coalition's closing statement."
F12 = "WWF accused Saudi Arabia of “sabotage”."

EN02 = {
    "id": "hm155-en-02", "lang": "en", "url": None, "published": "2024-12-02",
    "title": "Plastics treaty talks in Busan end without deal",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11, F12]),
    "events": [
        event("REJECT", SAU, None, F1, mode="change", date="2024-12-01", location="Busan",
              location_country="KOR"),
        event("AGREE", VAYAS, None, F2),
        event("REQUEST", PAN, None, F3, mode="change"),
        event("REQUEST", RWA, None, F3, mode="change"),
        event("REQUEST", EU, None, F3, mode="change"),
        event("ACCUSE", MONTERREY, None, F4, mode="disapprove"),
        event("REJECT", GWAIZ, None, F5, mode="change"),
        event("ACCUSE", RUS, COALITION, F6, mode="allege"),
        event("SUPPORT", ANDERSEN, DELEGATES, F7),
        event("AGREE", ANDERSEN, DELEGATES, F7),
        event("PROTEST", GREENPEACE, None, F9, mode="demo", location="Busan", location_country="KOR"),
        event("AGREE", KOR, DEV, F10),
        event("SUPPORT", USA, COALITION, F11, negated=True),
        event("ACCUSE", WWF, SAU, F12, mode="disapprove"),
    ],
    "quotes": [
        quote("negotiations would resume next year", "Luis Vayas Valdivieso", "indirect"),
        quote("We cannot let a handful of states hold the planet hostage", "Juan Carlos Monterrey Gomez", "direct"),
        quote("and we will come back with even more countries", "Juan Carlos Monterrey Gomez", "direct"),
        quote("that there had never been consensus on production limits", "Abdulrahman Al Gwaiz", "indirect"),
        quote("trade restrictions disguised as environmental policy", "Russian delegation", "direct"),
        quote("Cap plastic production", "Greenpeace", "direct"),
        quote("sabotage", "World Wide Fund for Nature", "direct"),
    ],
    "entities": [
        entity("Busan", "LOC", "KOR", ["the South Korean city of Busan"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("Luis Vayas Valdivieso", "PER", "ECU", ["The chair, Ecuadorian diplomat Luis Vayas Valdivieso"]),
        entity("Panama", "GPE", "PAN", ["Panama", "Panama's"]),
        entity("Rwanda", "GPE", "RWA", ["Rwanda"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Juan Carlos Monterrey Gomez", "PER", "PAN", ["Panama's envoy Juan Carlos Monterrey Gomez"]),
        entity("Abdulrahman Al Gwaiz", "PER", "SAU", ["Saudi delegate Abdulrahman Al Gwaiz"]),
        entity("Russia", "GPE", "RUS", ["Russia's delegation"]),
        entity("coalition of states seeking production caps", "ORG", None,
               ["More than 100 countries", "the coalition", "the coalition's"]),
        entity("Inger Andersen", "PER", "UNO", ["UN Environment Programme chief Inger Andersen"]),
        entity("United Nations Environment Programme", "ORG", "UNO", ["UN Environment Programme", "her agency's"]),
        entity("Greenpeace", "ORG", "NGO", ["Greenpeace activists"]),
        entity("South Korea", "GPE", "KOR", ["South Korea", "South Korean"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("World Wide Fund for Nature", "ORG", "NGO", ["WWF"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
