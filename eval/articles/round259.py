"""Round 259: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm259-de-01: Tuvalu/Australia: Albanese and Natano sign the Falepili Union treaty at the Pacific Islands Forum in Rarotonga; residency and defence pledges, Brown's praise, Sopoaga objects, Beijing's appeal (2023-11-10).
- hm259-de-02: Japan: after the Noto earthquake Kishida sends troops to Ishikawa; Governor Hase asks for help, no request for foreign aid, Biden, Tsai and Yoon offer help and Kishida thanks them, Xi's condolences, police investigate the Haneda runway collision (2024-01-03).
- hm259-de-03: Australia bans the Chinese AI app DeepSeek on government devices; Burke's order, Burke's warning, Beijing accuses Canberra and the embassy's demand is refused, Paterson's praise and criticism, Taiwan, Italy and South Korea also restrict the app (2025-02-05).
- hm259-de-04: India: deadly landslides in Kerala's Wayanad district; army and NDRF deployed, Vijayan asks for help, Shah blames Kerala, Rahul Gandhi demands a national-disaster status, Modi's call, Tamil Nadu's aid (2024-07-31).
- hm259-en-01: UN: the Security Council backs Biden's Gaza ceasefire plan with Russia abstaining; Hamas welcomes it, Israel's envoy vows to fight on, Nebenzia criticises Washington, Blinken in Cairo (2024-06-10).
- hm259-en-02: Korea: after the Malligyong-1 satellite launch Seoul suspends part of the 2018 military agreement and Pyongyang scraps it; threats, condemnation by Washington, Tokyo and Guterres (2023-11-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm259-de-01 (Tuvalu/Australia, Falepili Union)
AUSTRALIA = actor("Australia", "AUS", "GOV")
TUVALU = actor("Tuvalu", "TUV", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
NATANO = actor("Kausea Natano", "TUV", "GOV")
MARK_BROWN = actor("Mark Brown", "COK", "GOV")
SOPOAGA = actor("Enele Sopoaga", "TUV", "OPP")
CHINA_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")

T1 = ("Rarotonga (dpa) - Australien und der pazifische Inselstaat Tuvalu haben ein Abkommen unterzeichnet, das den "
      "Bewohnern des vom Klimawandel bedrohten Atolls ein Bleiberecht in Australien eröffnet.")
T2 = ("Premierminister Anthony Albanese und sein tuvaluischer Amtskollege Kausea Natano setzten am Donnerstag am "
      "Rande des Gipfels des Pazifikinsel-Forums auf den Cookinseln ihre Unterschriften unter den sogenannten "
      "Falepili-Vertrag.")
T3 = "Australien verpflichtet sich darin, jedes Jahr bis zu 280 Tuvaluern die Einwanderung zu ermöglichen."
T4 = "Zudem sagt Canberra dem Land Beistand bei Naturkatastrophen, Pandemien und militärischen Angriffen zu."
T5 = "Im Gegenzug muss Tuvalu Sicherheitsabkommen mit Drittstaaten künftig mit Australien abstimmen."
T6 = "„Wir erkennen an, dass der Klimawandel für Tuvalu eine existenzielle Bedrohung ist“, sagte Albanese."
T7 = ("Natano dankte Australien und sprach von einem „Leuchtturm der Hoffnung“ für sein Volk, dessen neun Inseln im "
      "Durchschnitt kaum zwei Meter über dem Meeresspiegel liegen.")
T8 = ("Der Gastgeber des Gipfels, der Premierminister der Cookinseln Mark Brown, lobte Albanese und Natano für ihren "
      "Mut.")
T9 = "Kritik kam von Tuvalus früherem Regierungschef Enele Sopoaga."
T10 = ("Er warf Natano vor, die Souveränität des Landes ohne Befragung der Bevölkerung preiszugeben, und forderte "
       "eine Volksabstimmung über den Vertrag.")
T11 = ("Das chinesische Außenministerium rief Australien auf, die Unabhängigkeit der Pazifikstaaten zu respektieren "
       "und keine „exklusiven Einflusszonen“ zu schaffen.")
T12 = "Tuvalu gehört zu den wenigen Staaten, die diplomatische Beziehungen zu Taiwan unterhalten."
T13 = "Natano sagte, der Vertrag müsse noch vom Parlament in Funafuti gebilligt werden."

DE01 = {
    "id": "hm259-de-01", "lang": "de", "url": None, "published": "2023-11-10",
    "title": "Australien bietet Bewohnern Tuvalus Bleiberecht an",
    "text": paragraphs([T1, T2], [T3, T4, T5, T6], [T7, T8], [T9, T10, T11], [T12, T13]),
    "events": [
        event("SUPPORT", AUSTRALIA, TUVALU, T1),
        event("SUPPORT", ALBANESE, NATANO, T2, date="2023-11-09", location="Rarotonga", location_country="COK"),
        event("AGREE", AUSTRALIA, TUVALU, T3),
        event("AGREE", AUSTRALIA, TUVALU, T4),
        event("AGREE", TUVALU, AUSTRALIA, T5),
        event("SUPPORT", NATANO, AUSTRALIA, T7),
        event("SUPPORT", MARK_BROWN, ALBANESE, T8),
        event("SUPPORT", MARK_BROWN, NATANO, T8),
        event("ACCUSE", SOPOAGA, NATANO, T10, mode="allege"),
        event("REQUEST", SOPOAGA, NATANO, T10, mode="change"),
        event("REQUEST", CHINA_MFA, AUSTRALIA, T11, mode="change"),
    ],
    "quotes": [
        quote("Wir erkennen an, dass der Klimawandel für Tuvalu eine existenzielle Bedrohung ist", "Anthony Albanese",
              "direct"),
        quote("Leuchtturm der Hoffnung", "Kausea Natano", "direct"),
        quote("exklusiven Einflusszonen", "Ministry of Foreign Affairs of China", "direct"),
        quote("der Vertrag müsse noch vom Parlament in Funafuti gebilligt werden", "Kausea Natano", "indirect"),
    ],
    "entities": [
        entity("Rarotonga", "LOC", "COK", ["Rarotonga"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Tuvalu", "LOC", "TUV", ["der pazifische Inselstaat Tuvalu", "des vom Klimawandel bedrohten Atolls",
                                        "dem Land", "Tuvalu", "Tuvalus", "des Landes"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "Albanese"]),
        entity("Kausea Natano", "PER", "TUV", ["sein tuvaluischer Amtskollege Kausea Natano", "Natano"]),
        entity("Pacific Islands Forum", "ORG", "IGO", ["des Pazifikinsel-Forums"]),
        entity("Cook Islands", "LOC", "COK", ["den Cookinseln", "der Cookinseln"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra"]),
        entity("Mark Brown", "PER", "COK", ["Der Gastgeber des Gipfels, der Premierminister der Cookinseln Mark "
                                            "Brown"]),
        entity("Enele Sopoaga", "PER", "TUV", ["Tuvalus früherem Regierungschef Enele Sopoaga"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Parliament of Tuvalu", "ORG", "TUV", ["vom Parlament in Funafuti"]),
        entity("Funafuti", "LOC", "TUV", ["Funafuti"]),
    ],
}

# ---------------------------------------------------------------- hm259-de-02 (Japan, Noto earthquake)
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
HASE = actor("Hiroshi Hase", "JPN", "GOV")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
ISHIKAWA = actor("Ishikawa Prefecture", "JPN", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
TSAI = actor("Tsai Ing-wen", "TWN", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
JPN_VOLUNTEERS = actor("volunteers in Japan", "JPN", "CVL")
TOKYO_POLICE = actor("Tokyo Metropolitan Police", "JPN", "COP")

N1 = ("Tokio (AFP) - Nach dem schweren Erdbeben an der japanischen Westküste hat Regierungschef Fumio Kishida die "
      "Entsendung von rund 1000 weiteren Soldaten in die Präfektur Ishikawa angeordnet.")
N2 = ("Die Zahl der Toten auf der Halbinsel Noto stieg bis Mittwoch auf mindestens 64, Dutzende Menschen wurden "
      "noch unter eingestürzten Häusern vermutet.")
N3 = "„Es ist ein Wettlauf gegen die Zeit“, sagte Kishida nach einer Sitzung des Krisenstabs."
N4 = ("Der Gouverneur von Ishikawa, Hiroshi Hase, bat die Zentralregierung um zusätzliche Rettungskräfte und "
      "Hubschrauber, weil viele Straßen verschüttet seien.")
N5 = "Die Regierung gab Notreserven frei, um Trinkwasser, Decken und Lebensmittel in die Region zu bringen."
N6 = "Um internationale Hilfe bat Japan zunächst nicht."
N7 = ("US-Präsident Joe Biden bot Japan jede notwendige Unterstützung an, auch Taiwans Präsidentin Tsai Ing-wen "
      "und Südkoreas Präsident Yoon Suk Yeol sagten Hilfe zu.")
N8 = "Chinas Staatschef Xi Jinping sprach Kishida in einer Botschaft sein Beileid aus."
N9 = "Kishida dankte Biden, Tsai und Yoon für ihre Angebote."
N10 = "Zugleich rief er Freiwillige auf, vorerst nicht auf eigene Faust in das Katastrophengebiet zu reisen."
N11 = ("Am Dienstagabend war auf dem Tokioter Flughafen Haneda ein Airbus der Japan Airlines mit einem Flugzeug der "
       "Küstenwache zusammengestoßen, das Hilfsgüter nach Noto bringen sollte.")
N12 = "Fünf Besatzungsmitglieder der Küstenwache kamen ums Leben, alle Passagiere überlebten."
N13 = "Die Polizei leitete Ermittlungen wegen fahrlässiger Tötung ein."
N14 = ("Laut dem Verkehrsministerium hatte die Maschine der Küstenwache keine Freigabe für die Startbahn "
       "erhalten.")

DE02 = {
    "id": "hm259-de-02", "lang": "de", "url": None, "published": "2024-01-03",
    "title": "Japan schickt nach Erdbeben weitere Soldaten nach Noto",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10], [N11, N12, N13, N14]),
    "events": [
        event("MOBILIZE", KISHIDA, None, N1, mode="troops", location="Ishikawa", location_country="JPN"),
        event("REQUEST", HASE, JPN_GOV, N4, mode="assist"),
        event("AID", JPN_GOV, ISHIKAWA, N5),
        event("REQUEST", JAPAN, None, N6, mode="assist", negated=True),
        event("AGREE", BIDEN, JAPAN, N7),
        event("AGREE", TSAI, JAPAN, N7),
        event("AGREE", YOON, JAPAN, N7),
        event("SUPPORT", XI, KISHIDA, N8),
        event("SUPPORT", KISHIDA, BIDEN, N9),
        event("SUPPORT", KISHIDA, TSAI, N9),
        event("SUPPORT", KISHIDA, YOON, N9),
        event("REQUEST", KISHIDA, JPN_VOLUNTEERS, N10),
        event("ACCUSE", TOKYO_POLICE, None, N13, mode="investigate", location="Tokyo", location_country="JPN"),
    ],
    "quotes": [
        quote("Es ist ein Wettlauf gegen die Zeit", "Fumio Kishida", "direct"),
        quote("viele Straßen verschüttet seien", "Hiroshi Hase", "indirect"),
        quote("hatte die Maschine der Küstenwache keine Freigabe für die Startbahn erhalten",
              "Ministry of Land, Infrastructure, Transport and Tourism", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Fumio Kishida", "PER", "JPN", ["Regierungschef Fumio Kishida", "Kishida"]),
        entity("Ishikawa Prefecture", "LOC", "JPN", ["die Präfektur Ishikawa", "Ishikawa", "die Region"]),
        entity("Noto Peninsula", "LOC", "JPN", ["der Halbinsel Noto", "das Katastrophengebiet", "Noto"]),
        entity("Hiroshi Hase", "PER", "JPN", ["Der Gouverneur von Ishikawa, Hiroshi Hase"]),
        entity("Government of Japan", "ORG", "JPN", ["die Zentralregierung", "Die Regierung"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "Biden"]),
        entity("Tsai Ing-wen", "PER", "TWN", ["Taiwans Präsidentin Tsai Ing-wen", "Tsai"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Südkoreas Präsident Yoon Suk Yeol", "Yoon"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping"]),
        entity("volunteers in Japan", "PER", "JPN", ["Freiwillige"]),
        entity("Haneda Airport", "LOC", "JPN", ["dem Tokioter Flughafen Haneda"]),
        entity("Japan Airlines", "ORG", "JPN", ["der Japan Airlines"]),
        entity("Japan Coast Guard", "ORG", "JPN", ["der Küstenwache"]),
        entity("Tokyo Metropolitan Police", "ORG", "JPN", ["Die Polizei"]),
        entity("Ministry of Land, Infrastructure, Transport and Tourism", "ORG", "JPN", ["dem Verkehrsministerium"]),
    ],
}

# ---------------------------------------------------------------- hm259-de-03 (Australia, DeepSeek ban)
DEEPSEEK = actor("DeepSeek", "CHN", "BUS")
BURKE = actor("Tony Burke", "AUS", "GOV")
GUO_JIAKUN = actor("Guo Jiakun", "CHN", "GOV")
CHN_EMBASSY_AUS = actor("Embassy of China in Canberra", "CHN", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
PATERSON = actor("James Paterson", "AUS", "OPP")
TAIWAN = actor("Taiwan", "TWN", "GOV")
GARANTE = actor("Italian Data Protection Authority", "ITA", "GOV")
KOR_MOTIE = actor("Ministry of Trade, Industry and Energy of South Korea", "KOR", "GOV")

D1 = ("Sydney (Reuters) - Australien hat die Nutzung der chinesischen KI-Anwendung DeepSeek auf allen Geräten der "
      "Bundesregierung verboten.")
D2 = ("Innenminister Tony Burke wies die Behörden am Dienstag an, die App umgehend zu entfernen und ihre "
      "Installation zu blockieren.")
D3 = ("Die Anwendung stelle ein „inakzeptables Risiko“ für die Regierungstechnik dar, erklärte Burke.")
D4 = "Es gehe um den Schutz von Daten, nicht um das Herkunftsland des Unternehmens, betonte er."
D5 = ("Er drohte weiteren Anbietern mit ähnlichen Schritten, sollten sie die Sicherheitsprüfung nicht "
      "bestehen.")
D6 = ("Das Start-up aus Hangzhou hatte im Januar mit einem kostengünstigen Sprachmodell die Börsen weltweit "
      "aufgeschreckt.")
D7 = "Chinas Außenamtssprecher Guo Jiakun warf Canberra vor, Handels- und Technologiefragen zu politisieren."
D8 = "Peking habe Unternehmen niemals aufgefordert, Daten illegal zu sammeln, sagte er."
D9 = "Die chinesische Botschaft verlangte eine faire und nichtdiskriminierende Behandlung chinesischer Firmen."
D9B = "Burke lehnte es ab, das Verbot zu überdenken."
D10 = ("Der oppositionelle Senator James Paterson begrüßte das Verbot, warf der Regierung aber vor, zu lange "
       "gezögert zu haben.")
D11 = ("Taiwan hatte seinen Behörden die Nutzung bereits in der vergangenen Woche untersagt, Italiens "
       "Datenschutzbehörde ließ die App sperren.")
D12 = "Auch Südkoreas Industrieministerium sperrte den Zugang auf seinen Rechnern vorübergehend."
D13 = "DeepSeek äußerte sich zunächst nicht."
D14 = "Private Nutzer in Australien dürfen die App weiterhin verwenden."

DE03 = {
    "id": "hm259-de-03", "lang": "de", "url": None, "published": "2025-02-05",
    "title": "Australien verbannt DeepSeek von Regierungsgeräten",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9, D9B], [D10, D11, D12], [D13, D14]),
    "events": [
        event("COERCE", AUSTRALIA, DEEPSEEK, D1, mode="ban"),
        event("COERCE", BURKE, DEEPSEEK, D2, mode="ban", date="2025-02-04"),
        event("ACCUSE", BURKE, DEEPSEEK, D3, mode="allege"),
        event("THREATEN", BURKE, None, D5, mode="ban"),
        event("ACCUSE", GUO_JIAKUN, AUSTRALIA, D7, mode="disapprove"),
        event("REQUEST", CHN_EMBASSY_AUS, AUSTRALIA, D9, mode="change"),
        event("REJECT", BURKE, CHN_EMBASSY_AUS, D9B, mode="change"),
        event("SUPPORT", PATERSON, AUS_GOV, D10),
        event("ACCUSE", PATERSON, AUS_GOV, D10, mode="disapprove"),
        event("COERCE", TAIWAN, DEEPSEEK, D11, mode="ban"),
        event("COERCE", GARANTE, DEEPSEEK, D11, mode="ban"),
        event("COERCE", KOR_MOTIE, DEEPSEEK, D12, mode="restrict"),
    ],
    "quotes": [
        quote("inakzeptables Risiko", "Tony Burke", "direct"),
        quote("Die Anwendung stelle ein „inakzeptables Risiko“ für die Regierungstechnik dar", "Tony Burke",
              "indirect"),
        quote("Es gehe um den Schutz von Daten, nicht um das Herkunftsland des Unternehmens", "Tony Burke",
              "indirect"),
        quote("Peking habe Unternehmen niemals aufgefordert, Daten illegal zu sammeln", "Guo Jiakun", "indirect"),
    ],
    "entities": [
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("DeepSeek", "ORG", "CHN", ["der chinesischen KI-Anwendung DeepSeek", "die App", "Die Anwendung",
                                          "des Unternehmens", "Das Start-up aus Hangzhou", "DeepSeek"]),
        entity("Government of Australia", "ORG", "AUS", ["der Bundesregierung", "Canberra",
                                                         "der Regierung"]),
        entity("Tony Burke", "PER", "AUS", ["Innenminister Tony Burke", "Burke"]),
        entity("Australian government agencies", "ORG", "AUS", ["die Behörden"]),
        entity("Hangzhou", "LOC", "CHN", ["Hangzhou"]),
        entity("Guo Jiakun", "PER", "CHN", ["Chinas Außenamtssprecher Guo Jiakun"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Embassy of China in Canberra", "ORG", "CHN", ["Die chinesische Botschaft"]),
        entity("James Paterson", "PER", "AUS", ["Der oppositionelle Senator James Paterson"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Italian Data Protection Authority", "ORG", "ITA", ["Italiens Datenschutzbehörde"]),
        entity("Ministry of Trade, Industry and Energy of South Korea", "ORG", "KOR",
               ["Südkoreas Industrieministerium"]),
    ],
}

# ---------------------------------------------------------------- hm259-de-04 (India, Wayanad landslides)
IND_ARMY = actor("Indian Army", "IND", "MIL")
NDRF = actor("National Disaster Response Force", "IND", "COP")
VIJAYAN = actor("Pinarayi Vijayan", "IND", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
KERALA_GOV = actor("Government of Kerala", "IND", "GOV")
AMIT_SHAH = actor("Amit Shah", "IND", "GOV")
KERALA_POLICE = actor("Kerala Police", "IND", "COP")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
TN_GOV = actor("Government of Tamil Nadu", "IND", "GOV")

W1 = ("Neu-Delhi (dpa) - Nach verheerenden Erdrutschen im südindischen Bundesstaat Kerala hat die Armee Hunderte "
      "Soldaten in den Bezirk Wayanad geschickt.")
W2 = "Die Zahl der Toten stieg bis Mittwoch auf mehr als 150."
W3 = ("Heftige Monsunregen hatten in der Nacht zum Dienstag ganze Dörfer wie Mundakkai und Chooralmala unter "
      "Schlamm und Geröll begraben.")
W4 = "Auch die Katastrophenschutztruppe NDRF verlegte mehrere Einheiten in das Gebiet."
W5 = "Die Polizei sperrte die Zufahrtsstraßen für Schaulustige."
W6 = "Keralas Regierungschef Pinarayi Vijayan bat die Zentralregierung um zusätzliche Hubschrauber und Soforthilfe."
W7 = ("Premierminister Narendra Modi telefonierte mit Vijayan und sicherte dem Bundesstaat jede mögliche "
      "Unterstützung zu.")
W8 = ("Innenminister Amit Shah warf der Landesregierung im Parlament vor, Warnungen vor Starkregen ignoriert zu "
      "haben: Kerala sei bereits am 23. Juli gewarnt worden.")
W9 = "Vijayan wies das zurück."
W10 = "Er warf Shah einen „Versuch, die Schuld abzuwälzen“ vor."
W11 = ("Oppositionsführer Rahul Gandhi, der Wayanad bis Juni im Parlament vertreten hatte, forderte die Regierung "
       "auf, das Unglück zur nationalen Katastrophe zu erklären.")
W12 = "Der Nachbarstaat Tamil Nadu überwies umgehend 50 Millionen Rupien und schickte Rettungsteams."
W13 = "„Wir werden niemanden unter den Trümmern zurücklassen“, sagte Vijayan."

DE04 = {
    "id": "hm259-de-04", "lang": "de", "url": None, "published": "2024-07-31",
    "title": "Indien schickt nach Erdrutschen in Kerala Soldaten nach Wayanad",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6, W7], [W8, W9, W10], [W11, W12, W13]),
    "events": [
        event("MOBILIZE", IND_ARMY, None, W1, mode="troops", location="Wayanad", location_country="IND"),
        event("MOBILIZE", NDRF, None, W4, mode="police", location="Wayanad", location_country="IND"),
        event("COERCE", KERALA_POLICE, None, W5, mode="restrict", location="Wayanad", location_country="IND"),
        event("REQUEST", VIJAYAN, IND_GOV, W6, mode="assist"),
        event("CONSULT", MODI, VIJAYAN, W7, mode="phone"),
        event("AGREE", MODI, KERALA_GOV, W7),
        event("ACCUSE", AMIT_SHAH, KERALA_GOV, W8, mode="allege"),
        event("ACCUSE", VIJAYAN, AMIT_SHAH, W10, mode="disapprove"),
        event("REQUEST", RAHUL, IND_GOV, W11, mode="change"),
        event("AID", TN_GOV, KERALA_GOV, W12),
    ],
    "quotes": [
        quote("Kerala sei bereits am 23. Juli gewarnt worden", "Amit Shah", "indirect"),
        quote("Versuch, die Schuld abzuwälzen", "Pinarayi Vijayan", "direct"),
        quote("Wir werden niemanden unter den Trümmern zurücklassen", "Pinarayi Vijayan", "direct"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Kerala", "LOC", "IND", ["im südindischen Bundesstaat Kerala", "dem Bundesstaat", "Kerala"]),
        entity("Indian Army", "ORG", "IND", ["die Armee"]),
        entity("Wayanad", "LOC", "IND", ["den Bezirk Wayanad", "das Gebiet", "Wayanad"]),
        entity("Mundakkai", "LOC", "IND", ["Mundakkai"]),
        entity("Chooralmala", "LOC", "IND", ["Chooralmala"]),
        entity("National Disaster Response Force", "ORG", "IND", ["die Katastrophenschutztruppe NDRF"]),
        entity("Kerala Police", "ORG", "IND", ["Die Polizei"]),
        entity("Pinarayi Vijayan", "PER", "IND", ["Keralas Regierungschef Pinarayi Vijayan", "Vijayan"]),
        entity("Government of India", "ORG", "IND", ["die Zentralregierung", "die Regierung"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Amit Shah", "PER", "IND", ["Innenminister Amit Shah", "Shah"]),
        entity("Government of Kerala", "ORG", "IND", ["der Landesregierung"]),
        entity("Parliament of India", "ORG", "IND", ["im Parlament"]),
        entity("Rahul Gandhi", "PER", "IND", ["Oppositionsführer Rahul Gandhi"]),
        entity("Tamil Nadu", "LOC", "IND", ["Der Nachbarstaat Tamil Nadu"]),
    ],
}

# ---------------------------------------------------------------- hm259-en-01 (UN, Security Council backs Gaza plan)
UNSC = actor("U.N. Security Council", "UNO", "IGO")
HAMAS = actor("Hamas", "PSE", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
THOMAS_GREENFIELD = actor("Linda Thomas-Greenfield", "USA", "GOV")
EGYPT = actor("Egypt", "EGY", "GOV")
QATAR = actor("Qatar", "QAT", "GOV")
SHAPIR = actor("Reut Shapir Ben-Naftaly", "ISR", "GOV")
NEBENZIA = actor("Vassily Nebenzia", "RUS", "GOV")
USA = actor("United States", "USA", "GOV")
ALGERIA = actor("Algeria", "DZA", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")

U1 = ("UNITED NATIONS, June 10 (Reuters) - The U.N. Security Council on Monday backed a ceasefire proposal for Gaza "
      "outlined by U.S. President Joe Biden, with 14 members voting in favour and Russia abstaining.")
U2 = ('The U.S.-drafted resolution calls on Hamas to accept the three-phase plan and urges both Israel and Hamas to '
      'implement its terms "without delay and without condition."')
U4 = ('"Today, this council sent a clear message to Hamas: accept the ceasefire deal on the table," U.S. Ambassador '
      'Linda Thomas-Greenfield told the council.')
U5 = ("Hamas said in a statement that it welcomed the resolution and was ready to cooperate with mediators Egypt "
      "and Qatar on implementing its principles.")
U6 = ("Israel's envoy Reut Shapir Ben-Naftaly said Israel would keep fighting until all hostages were returned and "
      "Hamas's military capabilities were destroyed.")
U7 = ("Russian Ambassador Vassily Nebenzia said Moscow had abstained because the text left too many questions open "
      "and accused Washington of ambiguity about Israel's position.")
U8 = ("Algeria, the only Arab council member, voted in favour but demanded guarantees that Israel would halt its "
      "offensive in Rafah.")
U9 = ("Secretary of State Antony Blinken met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday and urged "
      "him to press Hamas to say yes.")
U10 = ("The war began after Hamas-led militants attacked southern Israel on Oct. 7, killing about 1,200 people and "
       "taking some 250 hostages.")

EN01 = {
    "id": "hm259-en-01", "lang": "en", "url": None, "published": "2024-06-10",
    "title": "U.N. Security Council backs Biden's Gaza ceasefire plan",
    "text": paragraphs([U1, U2], [U4, U5, U6], [U7, U8], [U9, U10]),
    "events": [
        event("SUPPORT", UNSC, BIDEN, U1, date="2024-06-10", location="New York", location_country="USA"),
        event("REQUEST", UNSC, HAMAS, U2, mode="yield"),
        event("REQUEST", UNSC, ISRAEL, U2, mode="yield"),
        event("REQUEST", THOMAS_GREENFIELD, HAMAS, U4, mode="yield"),
        event("SUPPORT", HAMAS, UNSC, U5),
        event("AGREE", HAMAS, EGYPT, U5),
        event("AGREE", HAMAS, QATAR, U5),
        event("THREATEN", SHAPIR, HAMAS, U6, mode="violence"),
        event("ACCUSE", NEBENZIA, USA, U7, mode="disapprove"),
        event("REQUEST", ALGERIA, ISRAEL, U8, mode="yield"),
        event("CONSULT", BLINKEN, SISI, U9, mode="visit", date="2024-06-10", location="Cairo",
              location_country="EGY"),
        event("REQUEST", BLINKEN, SISI, U9),
        event("ASSAULT", HAMAS, ISRAEL, U10, date="2023-10-07", location="southern Israel", location_country="ISR"),
    ],
    "quotes": [
        quote("without delay and without condition", "U.N. Security Council", "direct"),
        quote("Today, this council sent a clear message to Hamas: accept the ceasefire deal on the table",
              "Linda Thomas-Greenfield", "direct"),
        quote("it welcomed the resolution and was ready to cooperate with mediators Egypt and Qatar on implementing "
              "its principles", "Hamas", "indirect"),
        quote("Israel would keep fighting until all hostages were returned and Hamas's military capabilities were "
              "destroyed", "Reut Shapir Ben-Naftaly", "indirect"),
        quote("Moscow had abstained because the text left too many questions open", "Vassily Nebenzia", "indirect"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["UNITED NATIONS"]),
        entity("U.N. Security Council", "ORG", "UNO", ["The U.N. Security Council", "the council", "this council"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "Hamas-led militants"]),
        entity("Israel", "LOC", "ISR", ["Israel", "southern Israel"]),
        entity("Linda Thomas-Greenfield", "PER", "USA", ["U.S. Ambassador Linda Thomas-Greenfield"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
        entity("Reut Shapir Ben-Naftaly", "PER", "ISR", ["Israel's envoy Reut Shapir Ben-Naftaly"]),
        entity("Vassily Nebenzia", "PER", "RUS", ["Russian Ambassador Vassily Nebenzia"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Algeria", "LOC", "DZA", ["Algeria, the only Arab council member"]),
        entity("Rafah", "LOC", "PSE", ["Rafah"]),
        entity("Antony Blinken", "PER", "USA", ["Secretary of State Antony Blinken"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Egyptian President Abdel Fattah al-Sisi"]),
        entity("Cairo", "LOC", "EGY", ["Cairo"]),
    ],
}

# ---------------------------------------------------------------- hm259-en-02 (Korea, 2018 military agreement scrapped)
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
SOUTH_KOREA = actor("South Korea", "KOR", "GOV")
PRK_MOD = actor("Ministry of National Defence of North Korea", "PRK", "GOV")
SHIN_WON_SIK = actor("Shin Won-sik", "KOR", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")

K1 = ("SEOUL, South Korea (AP) - North Korea said Thursday it would no longer abide by a 2018 agreement with South "
      "Korea meant to ease military tensions along their border, a day after Seoul partially suspended the deal.")
K2 = ("North Korea's Defense Ministry said in a statement carried by state media that it would deploy \"more "
      "powerful armed forces and new-type military hardware\" to the border area.")
K3 = ('It accused Seoul of a "reckless" provocation and warned that South Korea would "pay dearly" for any clash.')
K4 = ("North Korea launched a rocket on Tuesday night, and state media said it had placed the country's first "
      "military reconnaissance satellite, the Malligyong-1, into orbit.")
K5 = ("South Korea's government responded on Wednesday by suspending a clause of the accord that bans surveillance "
      "flights near the border.")
K6 = ('"Our military will respond to any provocation immediately and overwhelmingly," South Korean Defense '
      'Minister Shin Won-sik told reporters.')
K7 = "Seoul has not decided whether to suspend the rest of the agreement, officials said."
K8 = ("The United States, Japan and South Korea condemned the launch as a violation of U.N. Security Council "
      "resolutions that ban North Korea from using ballistic missile technology.")
K9 = 'U.N. Secretary-General Antonio Guterres "strongly condemns" the launch, his spokesperson said.'
K10 = ("Japanese Prime Minister Fumio Kishida said Tokyo had lodged a strong protest with Pyongyang through its "
       "embassy in Beijing.")

EN02 = {
    "id": "hm259-en-02", "lang": "en", "url": None, "published": "2023-11-23",
    "title": "North Korea scraps 2018 military pact with South after spy satellite launch",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10]),
    "events": [
        event("SANCTION", NORTH_KOREA, SOUTH_KOREA, K1, mode="withdraw", date="2023-11-23"),
        event("SANCTION", SOUTH_KOREA, NORTH_KOREA, K1, mode="discontinue", date="2023-11-22"),
        event("THREATEN", PRK_MOD, SOUTH_KOREA, K2),
        event("ACCUSE", PRK_MOD, SOUTH_KOREA, K3, mode="disapprove"),
        event("THREATEN", PRK_MOD, SOUTH_KOREA, K3, mode="violence"),
        event("MOBILIZE", NORTH_KOREA, None, K4, mode="weapons", date="2023-11-21"),
        event("SANCTION", SOUTH_KOREA, NORTH_KOREA, K5, mode="discontinue", date="2023-11-22"),
        event("THREATEN", SHIN_WON_SIK, NORTH_KOREA, K6, mode="violence"),
        event("SANCTION", SOUTH_KOREA, NORTH_KOREA, K7, mode="withdraw", negated=True),
        event("ACCUSE", USA, NORTH_KOREA, K8, mode="disapprove"),
        event("ACCUSE", JAPAN, NORTH_KOREA, K8, mode="disapprove"),
        event("ACCUSE", SOUTH_KOREA, NORTH_KOREA, K8, mode="disapprove"),
        event("ACCUSE", GUTERRES, NORTH_KOREA, K9, mode="disapprove"),
        event("ACCUSE", JPN_GOV, NORTH_KOREA, K10, mode="disapprove"),
    ],
    "quotes": [
        quote("it would no longer abide by a 2018 agreement with South Korea meant to ease military tensions along "
              "their border", "North Korea", "indirect"),
        quote("more powerful armed forces and new-type military hardware", "Ministry of National Defence of North Korea",
              "direct"),
        quote('it would deploy "more powerful armed forces and new-type military hardware" to the border area',
              "Ministry of National Defence of North Korea", "indirect"),
        quote("reckless", "Ministry of National Defence of North Korea", "direct"),
        quote("pay dearly", "Ministry of National Defence of North Korea", "direct"),
        quote('South Korea would "pay dearly" for any clash', "Ministry of National Defence of North Korea",
              "indirect"),
        quote("it had placed the country's first military reconnaissance satellite, the Malligyong-1, into orbit",
              "Korean Central News Agency", "indirect"),
        quote("Our military will respond to any provocation immediately and overwhelmingly", "Shin Won-sik", "direct"),
        quote("Seoul has not decided whether to suspend the rest of the agreement", "South Korean officials",
              "indirect"),
        quote("strongly condemns", "Stéphane Dujarric", "direct"),
        quote('U.N. Secretary-General Antonio Guterres "strongly condemns" the launch', "Stéphane Dujarric",
              "indirect"),
        quote("Tokyo had lodged a strong protest with Pyongyang through its embassy in Beijing", "Fumio Kishida",
              "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["SEOUL"]),
        entity("South Korea", "LOC", "KOR", ["South Korea"]),
        entity("North Korea", "LOC", "PRK", ["North Korea", "the country"]),
        entity("Government of South Korea", "ORG", "KOR", ["Seoul", "South Korea's government"]),
        entity("Ministry of National Defence of North Korea", "ORG", "PRK", ["North Korea's Defense Ministry", "It"]),
        entity("Korean Central News Agency", "ORG", "PRK", ["state media"]),
        entity("Korean Demilitarized Zone", "LOC", None, ["their border", "the border area", "the border"]),
        entity("Malligyong-1", "LOC", "PRK", ["the country's first military reconnaissance satellite, the "
                                              "Malligyong-1"]),
        entity("Shin Won-sik", "PER", "KOR", ["South Korean Defense Minister Shin Won-sik"]),
        entity("Republic of Korea Armed Forces", "ORG", "KOR", ["Our military"]),
        entity("South Korean officials", "PER", "KOR", ["officials"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("U.N. Security Council", "ORG", "UNO", ["U.N. Security Council"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["his spokesperson"]),
        entity("Fumio Kishida", "PER", "JPN", ["Japanese Prime Minister Fumio Kishida"]),
        entity("Government of Japan", "ORG", "JPN", ["Tokyo"]),
        entity("Government of North Korea", "ORG", "PRK", ["Pyongyang"]),
        entity("Embassy of Japan in Beijing", "ORG", "JPN", ["its embassy in Beijing"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
