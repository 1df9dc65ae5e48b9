"""Round 417: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm417-de-01: Mexico: Sheinbaum says Mexico has sued Google over showing "Gulf of America" to US users; demand to restore the old name, her earlier letter and threat, Cris Turner's refusal, the US House vote she calls a provocation, Greene accuses Mexico, the AP's exclusion from the Oval Office, a call with Trump on tariffs (2025-05-09).
- hm417-de-02: Canada: MP Han Dong leaves the Liberal caucus after a Global News report that he advised China's consul Han Tao to delay the release of the two Michaels; Dong denies and threatens to sue, Trudeau backs him, Poilievre accuses Trudeau, the Conservatives' inquiry demand refused in favour of David Johnston, the Chinese embassy hits back, the 2018 arrests and 2021 releases recalled (2023-03-23).
- hm417-de-03: Canada: Ontario housing minister Steve Clark resigns over the Greenbelt land swap and admits mistakes; Ford thanks him, Lysyk's and Wake's findings, Ryan Amato's earlier resignation, Stiles demands a full reversal and Ford refuses, no RCMP investigation yet, protest in Toronto (2023-09-05).
- hm417-de-04: Haiti: the Transitional Presidential Council names Garry Conille prime minister; Henry's resignation and the February gang attacks recalled, the row over Fritz Bélizaire's nomination, Washington and Caricom welcome the choice, Chérizier rejects it and threatens, Ruto's Washington visit and pledge for the Kenyan-led police mission (2024-05-29).
- hm417-en-01: United States: the Tennessee House expels Democrats Justin Jones and Justin Pearson over a gun-control protest on the floor while Gloria Johnson survives; the Covenant School shooting, Sexton's "insurrection" charge, Jones and Johnson accuse the House, Biden condemns, Harris to visit, Capitol rally without arrests, Gov. Lee's appeal (2023-04-07).
- hm417-en-02: Mexico: eight Supreme Court justices including Norma Piña resign rather than stand in the 2025 judicial elections; Piña attacks the reform, Sheinbaum accuses the court and the justices and says she would not comply with a ruling against the overhaul, PAN senators walk out before the constitutional-supremacy vote, Fernández Noroña mocks the justices, the judicial workers' strike recalled (2024-10-31).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm417-de-01 (Mexico, lawsuit against Google)
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
GOOGLE = actor("Google", "MNC", "BUS")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
TURNER = actor("Cris Turner", "MNC", "BUS")
US_HOUSE = actor("United States House of Representatives", "USA", "LEG")
GREENE = actor("Marjorie Taylor Greene", "USA", "LEG")
WHITE_HOUSE = actor("White House", "USA", "GOV")
AP = actor("Associated Press", "USA", "MED")
TRUMP = actor("Donald Trump", "USA", "GOV")

G1 = ("Mexiko-Stadt (dpa) - Im Streit um den Namen des Golfs von Mexiko hat die mexikanische Regierung den "
      "US-Internetkonzern Google verklagt.")
G2 = ("Die Klage sei bereits eingereicht worden, sagte Präsidentin Claudia Sheinbaum am Freitag bei ihrer "
      "morgendlichen Pressekonferenz.")
G3 = ("Der Konzern müsse in seinem Kartendienst auch für Nutzer in den USA wieder die historische Bezeichnung "
      "verwenden, forderte die Staatschefin.")
G4 = "„Wir wollen keinen Streit, aber wir werden unsere Souveränität verteidigen“, sagte Sheinbaum."
G5 = ("US-Präsident Donald Trump hatte das Gewässer am Tag seines Amtsantritts im Januar per Dekret in Golf von "
      "Amerika umbenannt.")
G6 = ("Google übernahm den neuen Namen im Februar für Nutzer in den Vereinigten Staaten, in Mexiko zeigt der Dienst "
      "weiter die alte Bezeichnung an.")
G7 = "Sheinbaum hatte dem Unternehmen daraufhin einen Brief geschrieben und mit rechtlichen Schritten gedroht."
G8 = ("Google-Manager Cris Turner antwortete, der Konzern halte an seinen seit Langem geltenden Regeln für die "
      "Benennung geografischer Orte fest.")
G9 = "Eine Stellungnahme des Unternehmens zu der Klage lag zunächst nicht vor."
G10 = ("Am Donnerstag hatte das US-Repräsentantenhaus mit 211 zu 206 Stimmen ein Gesetz gebilligt, das die neue "
       "Bezeichnung für alle Bundesbehörden festschreiben soll.")
G11 = "Sheinbaum nannte die Abstimmung eine „unnötige Provokation“ gegenüber ihrem Land."
G12 = ("Die republikanische Abgeordnete Marjorie Taylor Greene, die den Entwurf eingebracht hatte, warf der "
       "mexikanischen Regierung vor, sich in innere Angelegenheiten der USA einzumischen.")
G13 = "Der Senat muss dem Gesetz noch zustimmen."
G14 = "Der Namensstreit hat auch in Washington Folgen."
G15 = ("Das Weiße Haus schließt seit Februar Reporter der Nachrichtenagentur AP von Terminen im Oval Office aus, weil "
       "die Agentur weiter vom Golf von Mexiko spricht.")
G16 = ("Mit Trump habe sie zuletzt am Telefon vor allem über die Zölle auf Stahl, Aluminium und Autos gesprochen, "
       "sagte Sheinbaum.")
G17 = "Die Verhandlungen über die Zölle dauern an."

DE01 = {
    "id": "hm417-de-01", "lang": "de", "url": None, "published": "2025-05-09",
    "title": "Mexiko verklagt Google im Streit um den „Golf von Amerika“",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12, G13], [G14, G15, G16, G17]),
    "events": [
        event("ACCUSE", MEX_GOV, GOOGLE, G1, mode="allege"),
        event("ACCUSE", MEX_GOV, GOOGLE, G2, mode="allege"),
        event("REQUEST", SHEINBAUM, GOOGLE, G3, mode="change"),
        event("THREATEN", SHEINBAUM, GOOGLE, G7),
        event("REJECT", TURNER, SHEINBAUM, G8, mode="change"),
        event("ACCUSE", SHEINBAUM, US_HOUSE, G11, mode="disapprove"),
        event("ACCUSE", GREENE, MEX_GOV, G12, mode="disapprove"),
        event("COERCE", WHITE_HOUSE, AP, G15, mode="censor", location="Washington", location_country="USA"),
        event("CONSULT", SHEINBAUM, TRUMP, G16, mode="phone"),
    ],
    "quotes": [
        quote("Die Klage sei bereits eingereicht worden", "Claudia Sheinbaum", "indirect"),
        quote("Der Konzern müsse in seinem Kartendienst auch für Nutzer in den USA wieder die historische Bezeichnung "
              "verwenden", "Claudia Sheinbaum", "indirect"),
        quote("Wir wollen keinen Streit, aber wir werden unsere Souveränität verteidigen", "Claudia Sheinbaum",
              "direct"),
        quote("der Konzern halte an seinen seit Langem geltenden Regeln für die Benennung geografischer Orte fest",
              "Cris Turner", "indirect"),
        quote("unnötige Provokation", "Claudia Sheinbaum", "direct"),
        quote("sich in innere Angelegenheiten der USA einzumischen", "Marjorie Taylor Greene", "indirect"),
        quote("Mit Trump habe sie zuletzt am Telefon vor allem über die Zölle auf Stahl, Aluminium und Autos "
              "gesprochen", "Claudia Sheinbaum", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Gulf of Mexico", "LOC", None, ["des Golfs von Mexiko", "das Gewässer", "Golf von Amerika",
                                               "vom Golf von Mexiko"]),
        entity("Government of Mexico", "ORG", "MEX", ["die mexikanische Regierung", "der mexikanischen Regierung"]),
        entity("Google", "ORG", "MNC", ["den US-Internetkonzern Google", "Der Konzern", "Google", "der Dienst",
                                        "dem Unternehmen", "der Konzern", "des Unternehmens"]),
        entity("Google Maps", "MISC", "MNC", ["seinem Kartendienst"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "die Staatschefin", "Sheinbaum",
                                                   "sie"]),
        entity("United States", "LOC", "USA", ["in den USA", "den Vereinigten Staaten", "der USA"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko", "ihrem Land"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Cris Turner", "PER", "USA", ["Google-Manager Cris Turner"]),
        entity("United States House of Representatives", "ORG", "USA", ["das US-Repräsentantenhaus"]),
        entity("Marjorie Taylor Greene", "PER", "USA", ["Die republikanische Abgeordnete Marjorie Taylor Greene"]),
        entity("United States Senate", "ORG", "USA", ["Der Senat"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("Associated Press", "ORG", "USA", ["der Nachrichtenagentur AP", "die Agentur"]),
        entity("AP reporters", "PER", "USA", ["Reporter der Nachrichtenagentur AP"]),
        entity("Oval Office", "LOC", "USA", ["im Oval Office"]),
    ],
}

# ---------------------------------------------------------------- hm417-de-02 (Canada, Han Dong leaves caucus)
DONG = actor("Han Dong", "CAN", "LEG")
GLOBAL_NEWS = actor("Global News", "CAN", "MED")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
CPC = actor("Conservative Party of Canada", "CAN", "OPP")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
CHN_EMBASSY = actor("Embassy of China in Canada", "CHN", "GOV")
CAN_MEDIA = actor("Canadian media", "CAN", "MED")
CAN_POLITICIANS = actor("Canadian politicians", "CAN", "LEG")
CHN_AUTH = actor("Chinese authorities", "CHN", "GOV")
KOVRIG = actor("Michael Kovrig", "CAN", "CVL")
SPAVOR = actor("Michael Spavor", "CAN", "CVL")
CAN_AUTH = actor("Canadian authorities", "CAN", "COP")
MENG = actor("Meng Wanzhou", "CHN", "BUS")
US_DOJ = actor("United States Department of Justice", "USA", "JUD")

H1 = ("Ottawa (dpa) - Wegen Berichten über eine mögliche Einflussnahme Chinas hat der kanadische Abgeordnete Han Dong "
      "die Fraktion der regierenden Liberalen Partei verlassen.")
H2 = ("Er werde künftig als unabhängiger Abgeordneter im Unterhaus sitzen, teilte der 45-Jährige am Mittwochabend in "
      "einer Rede im Parlament mit.")
H3 = ("Der Fernsehsender Global News hatte zuvor unter Berufung auf Geheimdienstquellen berichtet, Dong habe dem "
      "chinesischen Generalkonsul in Toronto, Han Tao, im Februar 2021 geraten, die Freilassung der in China "
      "inhaftierten Kanadier Michael Kovrig und Michael Spavor hinauszuzögern.")
H4 = "Dong wies die Vorwürfe entschieden zurück."
H5 = "„Ich habe nichts getan, was den Interessen Kanadas schadet“, sagte er."
H6 = "Er kündigte an, gegen den Sender juristisch vorzugehen."
H7 = ("Premierminister Justin Trudeau sagte, Dong habe die Entscheidung selbst getroffen, um seinen Namen "
      "reinzuwaschen.")
H8 = "Er nannte den Politiker aus Toronto ein „engagiertes Mitglied“ der Fraktion."
H9 = ("Oppositionsführer Pierre Poilievre warf Trudeau vor, seit Monaten von den Vorwürfen gewusst und nichts "
      "unternommen zu haben.")
H10 = ("Die Konservativen fordern seit Wochen eine öffentliche Untersuchung der chinesischen Einmischung in die "
       "Wahlen von 2019 und 2021.")
H11 = ("Trudeau lehnte eine solche Untersuchung bislang ab und setzte vergangene Woche stattdessen den früheren "
       "Generalgouverneur David Johnston als Sonderberichterstatter ein.")
H12 = "Johnston soll bis Ende Mai empfehlen, ob es doch eine öffentliche Untersuchung geben soll."
H13 = ("Ein Sprecher der chinesischen Botschaft in Ottawa warf kanadischen Medien und Politikern vor, eine "
       "„antichinesische Hetze“ zu betreiben.")
H14 = ("Kovrig und Spavor waren im Dezember 2018 in China festgenommen worden, kurz nach der Festnahme der "
       "Huawei-Finanzchefin Meng Wanzhou in Vancouver.")
H15 = "Beide kamen im September 2021 frei, nachdem Meng eine Einigung mit der US-Justiz erzielt hatte."

DE02 = {
    "id": "hm417-de-02", "lang": "de", "url": None, "published": "2023-03-23",
    "title": "Kanadischer Abgeordneter verlässt wegen China-Vorwürfen Trudeaus Fraktion",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9, H10, H11, H12], [H13, H14, H15]),
    "events": [
        event("RETREAT", DONG, None, H1, mode="resign"),
        event("ACCUSE", GLOBAL_NEWS, DONG, H3, mode="allege"),
        event("THREATEN", DONG, GLOBAL_NEWS, H6),
        event("SUPPORT", TRUDEAU, DONG, H8),
        event("ACCUSE", POILIEVRE, TRUDEAU, H9, mode="disapprove"),
        event("REQUEST", CPC, CAN_GOV, H10),
        event("REJECT", TRUDEAU, CPC, H11),
        event("ACCUSE", CHN_EMBASSY, CAN_MEDIA, H13, mode="disapprove"),
        event("ACCUSE", CHN_EMBASSY, CAN_POLITICIANS, H13, mode="disapprove"),
        event("COERCE", CHN_AUTH, KOVRIG, H14, mode="arrest", location_country="CHN"),
        event("COERCE", CHN_AUTH, SPAVOR, H14, mode="arrest", location_country="CHN"),
        event("COERCE", CAN_AUTH, MENG, H14, mode="arrest", location="Vancouver", location_country="CAN"),
        event("RETREAT", CHN_AUTH, KOVRIG, H15, mode="release"),
        event("RETREAT", CHN_AUTH, SPAVOR, H15, mode="release"),
        event("AGREE", MENG, US_DOJ, H15),
    ],
    "quotes": [
        quote("Er werde künftig als unabhängiger Abgeordneter im Unterhaus sitzen", "Han Dong", "indirect"),
        quote("Dong habe dem chinesischen Generalkonsul in Toronto, Han Tao, im Februar 2021 geraten, die Freilassung "
              "der in China inhaftierten Kanadier Michael Kovrig und Michael Spavor hinauszuzögern", "Global News",
              "indirect"),
        quote("Ich habe nichts getan, was den Interessen Kanadas schadet", "Han Dong", "direct"),
        quote("Dong habe die Entscheidung selbst getroffen, um seinen Namen reinzuwaschen", "Justin Trudeau",
              "indirect"),
        quote("engagiertes Mitglied", "Justin Trudeau", "direct"),
        quote("seit Monaten von den Vorwürfen gewusst und nichts unternommen zu haben", "Pierre Poilievre",
              "indirect"),
        quote("antichinesische Hetze", "Spokesperson of the Embassy of China in Canada", "direct"),
        quote("eine „antichinesische Hetze“ zu betreiben", "Spokesperson of the Embassy of China in Canada",
              "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("China", "LOC", "CHN", ["Chinas", "China"]),
        entity("Han Dong", "PER", "CAN", ["der kanadische Abgeordnete Han Dong", "Er", "der 45-Jährige", "Dong",
                                          "er", "den Politiker aus Toronto"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["der regierenden Liberalen Partei", "der Fraktion"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["im Unterhaus", "im Parlament"]),
        entity("Global News", "ORG", "CAN", ["Der Fernsehsender Global News", "den Sender"]),
        entity("Han Tao", "PER", "CHN", ["dem chinesischen Generalkonsul in Toronto, Han Tao"]),
        entity("Toronto", "LOC", "CAN", ["Toronto"]),
        entity("Michael Kovrig", "PER", "CAN", ["Michael Kovrig", "Kovrig"]),
        entity("Michael Spavor", "PER", "CAN", ["Michael Spavor", "Spavor"]),
        entity("Canada", "LOC", "CAN", ["Kanadas"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Er", "Trudeau"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Die Konservativen"]),
        entity("David Johnston", "PER", "CAN", ["den früheren Generalgouverneur David Johnston", "Johnston"]),
        entity("Embassy of China in Canada", "ORG", "CHN", ["der chinesischen Botschaft in Ottawa"]),
        entity("Spokesperson of the Embassy of China in Canada", "PER", "CHN", ["Ein Sprecher"]),
        entity("Canadian media", "ORG", "CAN", ["kanadischen Medien"]),
        entity("Canadian politicians", "PER", "CAN", ["Politikern"]),
        entity("Meng Wanzhou", "PER", "CHN", ["der Huawei-Finanzchefin Meng Wanzhou", "Meng"]),
        entity("Huawei", "ORG", "CHN", ["Huawei"]),
        entity("Vancouver", "LOC", "CAN", ["Vancouver"]),
        entity("United States Department of Justice", "ORG", "USA", ["der US-Justiz"]),
    ],
}

# ---------------------------------------------------------------- hm417-de-03 (Canada/Ontario, Greenbelt minister resigns)
CLARK = actor("Steve Clark", "CAN", "GOV")
FORD = actor("Doug Ford", "CAN", "GOV")
ONT_GOV = actor("Government of Ontario", "CAN", "GOV")
LYSYK = actor("Bonnie Lysyk", "CAN", "GOV")
WAKE = actor("J. David Wake", "CAN", "GOV")
ONT_LEG = actor("Legislative Assembly of Ontario", "CAN", "LEG")
AMATO = actor("Ryan Amato", "CAN", "GOV")
STILES = actor("Marit Stiles", "CAN", "OPP")
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
GREENBELT_PROTESTERS = actor("Greenbelt protesters in Toronto", "CAN", "CVL")

C1 = ("Toronto (dpa) - Nach scharfer Kritik an der Freigabe geschützter Grünflächen für Bauprojekte ist der "
      "Wohnungsbauminister der kanadischen Provinz Ontario, Steve Clark, zurückgetreten.")
C2 = "Er übernehme die Verantwortung für die Fehler in dem Verfahren, erklärte Clark am Montag."
C3 = ("„Ich werde nicht zulassen, dass dies von der wichtigen Arbeit der Regierung ablenkt“, schrieb der Politiker "
      "in seinem Rücktrittsschreiben.")
C4 = "Premier Doug Ford nahm den Rücktritt an und dankte Clark für seine Arbeit."
C5 = "Neuer Minister wird der bisherige Parlamentsgeschäftsführer Paul Calandra."
C6 = ("Die Provinzregierung hatte im vergangenen Herbst rund 3000 Hektar aus dem sogenannten Greenbelt rund um "
      "Toronto herausgenommen, um dort den Bau von 50.000 Wohnungen zu ermöglichen.")
C7 = ("Rechnungsprüferin Bonnie Lysyk kam im August zu dem Schluss, dass die Auswahl der Flächen einige wenige "
      "Bauunternehmer begünstigt habe.")
C8 = ("Der Wert der betroffenen Grundstücke sei dadurch um mehr als acht Milliarden kanadische Dollar gestiegen, "
      "heißt es in ihrem Bericht.")
C9 = ("Der Integritätsbeauftragte des Provinzparlaments, J. David Wake, befand vergangene Woche, Clark habe gegen "
      "Ethikregeln verstoßen, und empfahl eine Rüge durch das Parlament.")
C10 = ("Clarks Stabschef Ryan Amato, der die Auswahl der Flächen gesteuert hatte, war bereits Ende August "
       "zurückgetreten.")
C11 = ("Die Vorsitzende der oppositionellen Neuen Demokraten, Marit Stiles, forderte Ford auf, die Entscheidung über "
       "den Greenbelt vollständig rückgängig zu machen.")
C12 = "Der Rücktritt eines Ministers reiche nicht aus, sagte sie."
C13 = "Ford lehnte dies am Montag ab und verteidigte das Vorhaben als notwendig gegen die Wohnungsnot."
C14 = ("Die Provinzpolizei OPP hatte den Fall im August an die Bundespolizei RCMP übergeben, um jeden Anschein eines "
       "Interessenkonflikts zu vermeiden.")
C15 = "Ein Ermittlungsverfahren hat die RCMP nach eigenen Angaben bislang nicht eingeleitet."
C16 = "Der Greenbelt erstreckt sich über rund 800.000 Hektar und gilt als grüne Lunge der Region."
C17 = ("Am Wochenende hatten Hunderte Menschen vor dem Parlament in Toronto gegen die Bebauung des Greenbelts "
       "demonstriert.")

DE03 = {
    "id": "hm417-de-03", "lang": "de", "url": None, "published": "2023-09-05",
    "title": "Ontarios Wohnungsbauminister tritt wegen Greenbelt-Affäre zurück",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9, C10], [C11, C12, C13, C14, C15], [C16, C17]),
    "events": [
        event("RETREAT", CLARK, None, C1, mode="resign"),
        event("CONCEDE", CLARK, None, C2, date="2023-09-04"),
        event("SUPPORT", FORD, CLARK, C4),
        event("ACCUSE", LYSYK, ONT_GOV, C7, mode="allege"),
        event("ACCUSE", WAKE, CLARK, C9, mode="allege"),
        event("REQUEST", WAKE, ONT_LEG, C9),
        event("RETREAT", AMATO, None, C10, mode="resign"),
        event("REQUEST", STILES, FORD, C11, mode="change"),
        event("REJECT", FORD, STILES, C13, mode="change", date="2023-09-04"),
        event("ACCUSE", RCMP, ONT_GOV, C15, mode="investigate", negated=True),
        event("PROTEST", GREENBELT_PROTESTERS, ONT_GOV, C17, mode="demo", location="Toronto",
              location_country="CAN"),
    ],
    "quotes": [
        quote("Er übernehme die Verantwortung für die Fehler in dem Verfahren", "Steve Clark", "indirect"),
        quote("Ich werde nicht zulassen, dass dies von der wichtigen Arbeit der Regierung ablenkt", "Steve Clark",
              "direct"),
        quote("dass die Auswahl der Flächen einige wenige Bauunternehmer begünstigt habe", "Bonnie Lysyk",
              "indirect"),
        quote("Der Wert der betroffenen Grundstücke sei dadurch um mehr als acht Milliarden kanadische Dollar "
              "gestiegen", "Bonnie Lysyk", "indirect"),
        quote("Clark habe gegen Ethikregeln verstoßen", "J. David Wake", "indirect"),
        quote("die Entscheidung über den Greenbelt vollständig rückgängig zu machen", "Marit Stiles", "indirect"),
        quote("Der Rücktritt eines Ministers reiche nicht aus", "Marit Stiles", "indirect"),
        quote("Ein Ermittlungsverfahren hat die RCMP nach eigenen Angaben bislang nicht eingeleitet",
              "Royal Canadian Mounted Police", "indirect"),
    ],
    "entities": [
        entity("Toronto", "LOC", "CAN", ["Toronto"]),
        entity("Ontario", "LOC", "CAN", ["der kanadischen Provinz Ontario", "der Region"]),
        entity("Steve Clark", "PER", "CAN", ["der Wohnungsbauminister der kanadischen Provinz Ontario, Steve Clark",
                                             "Er", "Clark", "der Politiker", "Clarks"]),
        entity("Government of Ontario", "ORG", "CAN", ["der Regierung", "Die Provinzregierung"]),
        entity("Doug Ford", "PER", "CAN", ["Premier Doug Ford", "Ford"]),
        entity("Paul Calandra", "PER", "CAN", ["der bisherige Parlamentsgeschäftsführer Paul Calandra"]),
        entity("Greenbelt", "LOC", "CAN", ["dem sogenannten Greenbelt rund um Toronto", "den Greenbelt",
                                           "Der Greenbelt", "des Greenbelts"]),
        entity("Bonnie Lysyk", "PER", "CAN", ["Rechnungsprüferin Bonnie Lysyk"]),
        entity("Ontario property developers", "ORG", "CAN", ["einige wenige Bauunternehmer"]),
        entity("J. David Wake", "PER", "CAN", ["Der Integritätsbeauftragte des Provinzparlaments, J. David Wake"]),
        entity("Legislative Assembly of Ontario", "ORG", "CAN", ["des Provinzparlaments", "das Parlament",
                                                                 "dem Parlament in Toronto"]),
        entity("Ryan Amato", "PER", "CAN", ["Clarks Stabschef Ryan Amato"]),
        entity("Ontario New Democratic Party", "ORG", "CAN", ["der oppositionellen Neuen Demokraten"]),
        entity("Marit Stiles", "PER", "CAN", ["Die Vorsitzende der oppositionellen Neuen Demokraten, Marit Stiles",
                                              "sie"]),
        entity("Ontario Provincial Police", "ORG", "CAN", ["Die Provinzpolizei OPP"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["die Bundespolizei RCMP", "die RCMP"]),
        entity("Greenbelt protesters in Toronto", "PER", "CAN", ["Hunderte Menschen"]),
    ],
}

# ---------------------------------------------------------------- hm417-de-04 (Haiti, Conille named prime minister)
HTI_COUNCIL = actor("Transitional Presidential Council of Haiti", "HTI", "GOV")
CONILLE = actor("Garry Conille", "HTI", "GOV")
HENRY = actor("Ariel Henry", "HTI", "GOV")
HTI_GANGS = actor("Haitian gangs", "HTI", "REB")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
COUNCIL_OTHERS = actor("other members of the Transitional Presidential Council", "HTI", "GOV")
COUNCIL_FOUR = actor("four members of the Transitional Presidential Council", "HTI", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
CARICOM = actor("Caribbean Community", "IGO", "IGO")
CHERIZIER = actor("Jimmy Chérizier", "HTI", "REB")
HNP = actor("Haitian National Police", "HTI", "COP")
RUTO = actor("William Ruto", "KEN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")

T1 = ("Port-au-Prince (dpa) - Der Übergangsrat in Haiti hat den früheren Regierungschef Garry Conille zum neuen "
      "Ministerpräsidenten ernannt.")
T2 = ("Sechs der sieben stimmberechtigten Mitglieder des Gremiums stimmten am Dienstagabend für den 58-Jährigen, "
      "wie Ratspräsident Edgard Leblanc Fils mitteilte.")
T3 = "Conille war bislang Regionaldirektor des UN-Kinderhilfswerks Unicef für Lateinamerika und die Karibik."
T4 = "Er hatte das Amt des Regierungschefs bereits 2011 und 2012 unter Präsident Michel Martelly inne."
T5 = ("Conille dankte dem Rat auf der Plattform X und versprach, die Sicherheit wiederherzustellen und Wahlen "
      "vorzubereiten.")
T6 = ("Er löst Interimsregierungschef Michel Patrick Boisvert ab, der die Geschäfte seit dem Rücktritt von Ariel "
      "Henry im April geführt hatte.")
T7 = ("Henry war in Puerto Rico gestrandet, nachdem bewaffnete Banden Ende Februar den Flughafen der Hauptstadt "
      "angegriffen und mehrere Gefängnisse gestürmt hatten.")
T8 = ("Ende April hatten vier Mitglieder überraschend den früheren Sportminister Fritz Bélizaire nominiert, was die "
      "übrigen Mitglieder als Verstoß gegen die Vereinbarungen des Gremiums kritisierten.")
T9 = "Das US-Außenministerium begrüßte die Entscheidung und rief den Rat auf, rasch ein Kabinett zu bilden."
T10 = ("Auch die Karibische Gemeinschaft Caricom, die den Übergangsprozess vermittelt hatte, sprach von einem "
       "„wichtigen Schritt“.")
T11 = ("Der mächtige Bandenchef Jimmy Chérizier alias Barbecue erklärte dagegen, die Banden würden keine Regierung "
       "anerkennen, die ohne sie gebildet werde.")
T12 = "Er drohte mit weiteren Angriffen auf Polizeiwachen in der Hauptstadt."
T13 = "Die neue Regierung soll die Ankunft einer von Kenia geführten internationalen Polizeimission vorbereiten."
T14 = ("Kenias Präsident William Ruto hatte vergangene Woche bei einem Staatsbesuch in Washington zugesagt, die "
       "ersten Polizisten in den kommenden Wochen zu entsenden.")
T15 = ("Bei Kämpfen zwischen der Polizei und den Banden sind nach UN-Angaben seit Jahresbeginn mehr als 2500 Menschen "
       "getötet oder verletzt worden.")
T16 = "Mehr als 360.000 Menschen sind im eigenen Land auf der Flucht."

DE04 = {
    "id": "hm417-de-04", "lang": "de", "url": None, "published": "2024-05-29",
    "title": "Haitis Übergangsrat ernennt Garry Conille zum Regierungschef",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8], [T9, T10, T11, T12], [T13, T14, T15, T16]),
    "events": [
        event("SUPPORT", HTI_COUNCIL, CONILLE, T2, date="2024-05-28"),
        event("RETREAT", HENRY, None, T6, mode="resign"),
        event("ASSAULT", HTI_GANGS, None, T7, location="Port-au-Prince", location_country="HTI"),
        event("ACCUSE", COUNCIL_OTHERS, COUNCIL_FOUR, T8, mode="disapprove"),
        event("SUPPORT", US_STATE, HTI_COUNCIL, T9),
        event("REQUEST", US_STATE, HTI_COUNCIL, T9, mode="change"),
        event("SUPPORT", CARICOM, HTI_COUNCIL, T10),
        event("REJECT", CHERIZIER, HTI_COUNCIL, T11),
        event("THREATEN", CHERIZIER, HNP, T12, mode="violence", location="Port-au-Prince", location_country="HTI"),
        event("CONSULT", RUTO, USA_GOV, T14, mode="visit", location="Washington", location_country="USA"),
        event("AGREE", RUTO, HTI_GOV, T14),
    ],
    "quotes": [
        quote("Sechs der sieben stimmberechtigten Mitglieder des Gremiums stimmten am Dienstagabend für den "
              "58-Jährigen", "Edgard Leblanc Fils", "indirect"),
        quote("die Sicherheit wiederherzustellen und Wahlen vorzubereiten", "Garry Conille", "indirect"),
        quote("wichtigen Schritt", "Caribbean Community", "direct"),
        quote("die Banden würden keine Regierung anerkennen, die ohne sie gebildet werde", "Jimmy Chérizier",
              "indirect"),
        quote("Bei Kämpfen zwischen der Polizei und den Banden sind nach UN-Angaben seit Jahresbeginn mehr als 2500 "
              "Menschen getötet oder verletzt worden", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "der Hauptstadt"]),
        entity("Transitional Presidential Council of Haiti", "ORG", "HTI",
               ["Der Übergangsrat in Haiti", "des Gremiums", "dem Rat", "den Rat"]),
        entity("Haiti", "LOC", "HTI", ["Haiti", "im eigenen Land"]),
        entity("Garry Conille", "PER", "HTI", ["den früheren Regierungschef Garry Conille", "den 58-Jährigen",
                                               "Conille", "Er"]),
        entity("Edgard Leblanc Fils", "PER", "HTI", ["Ratspräsident Edgard Leblanc Fils"]),
        entity("UNICEF", "ORG", "UNO", ["des UN-Kinderhilfswerks Unicef"]),
        entity("Latin America and the Caribbean", "LOC", None, ["Lateinamerika und die Karibik"]),
        entity("Michel Martelly", "PER", "HTI", ["Präsident Michel Martelly"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Michel Patrick Boisvert", "PER", "HTI", ["Interimsregierungschef Michel Patrick Boisvert"]),
        entity("Ariel Henry", "PER", "HTI", ["Ariel Henry", "Henry"]),
        entity("Puerto Rico", "LOC", "USA", ["Puerto Rico"]),
        entity("Haitian gangs", "ORG", "HTI", ["bewaffnete Banden", "die Banden", "den Banden"]),
        entity("Toussaint Louverture International Airport", "LOC", "HTI", ["den Flughafen der Hauptstadt"]),
        entity("four members of the Transitional Presidential Council", "PER", "HTI", ["vier Mitglieder"]),
        entity("Fritz Bélizaire", "PER", "HTI", ["den früheren Sportminister Fritz Bélizaire"]),
        entity("other members of the Transitional Presidential Council", "PER", "HTI", ["die übrigen Mitglieder"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Caribbean Community", "ORG", "IGO", ["die Karibische Gemeinschaft Caricom"]),
        entity("Jimmy Chérizier", "PER", "HTI", ["Der mächtige Bandenchef Jimmy Chérizier alias Barbecue", "Er"]),
        entity("Haitian National Police", "ORG", "HTI", ["der Polizei"]),
        entity("Kenya", "LOC", "KEN", ["Kenia"]),
        entity("William Ruto", "PER", "KEN", ["Kenias Präsident William Ruto"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Kenyan police officers", "PER", "KEN", ["die ersten Polizisten"]),
        entity("Multinational Security Support Mission", "ORG", "IGO",
               ["einer von Kenia geführten internationalen Polizeimission"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
    ],
}

# ---------------------------------------------------------------- hm417-en-01 (United States, Tennessee expulsions)
TN_HOUSE = actor("Tennessee House of Representatives", "USA", "LEG")
JONES = actor("Justin Jones", "USA", "LEG")
PEARSON = actor("Justin Pearson", "USA", "LEG")
GLORIA_JOHNSON = actor("Gloria Johnson", "USA", "LEG")
WHITE_HOUSE_E = actor("White House", "USA", "GOV")
NASHVILLE_PROTESTERS = actor("gun-control protesters in Nashville", "USA", "CVL")
COVENANT_SHOOTER = actor("Covenant School shooter", "USA", "CVL")
COVENANT_VICTIMS = actor("Covenant School victims", "USA", "CVL")
SEXTON = actor("Cameron Sexton", "USA", "LEG")
BIDEN = actor("Joe Biden", "USA", "GOV")
HARRIS = actor("Kamala Harris", "USA", "GOV")
TN_TROOPERS = actor("Tennessee Highway Patrol", "USA", "COP")
BILL_LEE = actor("Bill Lee", "USA", "GOV")
TN_ASSEMBLY = actor("Tennessee General Assembly", "USA", "LEG")

N1 = ("NASHVILLE, Tenn. (AP) — Tennessee's Republican-led House of Representatives on Thursday expelled two Black "
      "Democratic lawmakers for leading a gun-control protest on the chamber floor, a rarely used punishment that "
      "drew swift condemnation from the White House.")
N2 = "The House voted 72-25 to remove Rep. Justin Jones of Nashville and 69-26 to remove Rep. Justin Pearson of Memphis."
N3 = ("Lawmakers did not expel a third Democrat, Rep. Gloria Johnson of Knoxville, whose removal fell one vote "
      "short.")
N4 = ("The three had joined hundreds of protesters at the Capitol on March 30, three days after a shooter killed three "
      "children and three adults at the Covenant School in Nashville.")
N5 = ("House Speaker Cameron Sexton accused them of breaking the chamber's rules by using a bullhorn from the well of "
      "the House and likened their conduct to an \"insurrection.\"")
N6 = "\"This is a dark day for Tennessee,\" Jones told reporters after the vote."
N7 = ("Johnson said race had played a role, noting that she is white while her two expelled colleagues are "
      "Black.")
N8 = "President Joe Biden called the expulsions \"shocking, undemocratic, and without precedent.\""
N9 = ("Vice President Kamala Harris will travel to Nashville on Friday to meet the two former lawmakers, the White "
      "House said.")
N10 = ("Hundreds of demonstrators rallied outside the Capitol on Thursday, chanting for stricter gun laws as the "
       "votes were taken.")
N11 = "State troopers lined the hallways, but no arrests were reported."
N12 = ("Under the state constitution, local officials can appoint interim replacements until special elections are "
       "held.")
N13 = "Nashville's Metropolitan Council is expected to vote on Monday on whether to send Jones back to the House."
N14 = ("Republican Gov. Bill Lee this week urged lawmakers to pass a law keeping firearms away from people deemed a "
       "danger to themselves or others.")
N15 = "Only two other lawmakers have been expelled from the Tennessee House since the Civil War."

EN01 = {
    "id": "hm417-en-01", "lang": "en", "url": None, "published": "2023-04-07",
    "title": "Tennessee House expels 2 Democrats over gun-control protest",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9], [N10, N11], [N12, N13, N14, N15]),
    "events": [
        event("SANCTION", TN_HOUSE, JONES, N1, mode="expel", date="2023-04-06", location="Nashville",
              location_country="USA"),
        event("SANCTION", TN_HOUSE, PEARSON, N1, mode="expel", date="2023-04-06", location="Nashville",
              location_country="USA"),
        event("ACCUSE", WHITE_HOUSE_E, TN_HOUSE, N1, mode="disapprove"),
        event("SANCTION", TN_HOUSE, JONES, N2, mode="expel"),
        event("SANCTION", TN_HOUSE, PEARSON, N2, mode="expel"),
        event("SANCTION", TN_HOUSE, GLORIA_JOHNSON, N3, mode="expel", negated=True),
        event("PROTEST", JONES, TN_HOUSE, N4, mode="demo", date="2023-03-30", location="Nashville",
              location_country="USA"),
        event("PROTEST", PEARSON, TN_HOUSE, N4, mode="demo", date="2023-03-30", location="Nashville",
              location_country="USA"),
        event("PROTEST", GLORIA_JOHNSON, TN_HOUSE, N4, mode="demo", date="2023-03-30", location="Nashville",
              location_country="USA"),
        event("PROTEST", NASHVILLE_PROTESTERS, TN_HOUSE, N4, mode="demo", date="2023-03-30", location="Nashville",
              location_country="USA"),
        event("ASSAULT", COVENANT_SHOOTER, COVENANT_VICTIMS, N4, mode="firearms", date="2023-03-27",
              location="Nashville", location_country="USA"),
        event("ACCUSE", SEXTON, JONES, N5, mode="disapprove"),
        event("ACCUSE", SEXTON, PEARSON, N5, mode="disapprove"),
        event("ACCUSE", SEXTON, GLORIA_JOHNSON, N5, mode="disapprove"),
        event("ACCUSE", JONES, TN_HOUSE, N6, mode="disapprove"),
        event("ACCUSE", GLORIA_JOHNSON, TN_HOUSE, N7, mode="allege"),
        event("ACCUSE", BIDEN, TN_HOUSE, N8, mode="disapprove"),
        event("AGREE", HARRIS, JONES, N9, mode="meet"),
        event("AGREE", HARRIS, PEARSON, N9, mode="meet"),
        event("PROTEST", NASHVILLE_PROTESTERS, TN_HOUSE, N10, mode="demo", date="2023-04-06", location="Nashville",
              location_country="USA"),
        event("COERCE", TN_TROOPERS, NASHVILLE_PROTESTERS, N11, mode="arrest", location="Nashville",
              location_country="USA", negated=True),
        event("REQUEST", BILL_LEE, TN_ASSEMBLY, N14, mode="change"),
    ],
    "quotes": [
        quote("insurrection", "Cameron Sexton", "direct"),
        quote("This is a dark day for Tennessee", "Justin Jones", "direct"),
        quote("race had played a role", "Gloria Johnson", "indirect"),
        quote("she is white while her two expelled colleagues are Black", "Gloria Johnson", "indirect"),
        quote("shocking, undemocratic, and without precedent", "Joe Biden", "direct"),
        quote("Vice President Kamala Harris will travel to Nashville on Friday to meet the two former lawmakers",
              "White House", "indirect"),
    ],
    "entities": [
        entity("Nashville", "LOC", "USA", ["NASHVILLE", "Nashville", "Nashville's"]),
        entity("Tennessee", "LOC", "USA", ["Tenn.", "Tennessee's", "Tennessee"]),
        entity("Tennessee House of Representatives", "ORG", "USA",
               ["Tennessee's Republican-led House of Representatives", "The House", "the chamber's", "the House",
                "the Tennessee House"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("Justin Jones", "PER", "USA", ["Rep. Justin Jones of Nashville", "Jones"]),
        entity("Justin Pearson", "PER", "USA", ["Rep. Justin Pearson of Memphis"]),
        entity("Memphis", "LOC", "USA", ["Memphis"]),
        entity("Gloria Johnson", "PER", "USA", ["a third Democrat, Rep. Gloria Johnson of Knoxville", "Johnson",
                                                "she"]),
        entity("Knoxville", "LOC", "USA", ["Knoxville"]),
        entity("Democratic Party", "ORG", "USA", ["Democratic"]),
        entity("Republican Party", "ORG", "USA", ["Republican"]),
        entity("gun-control protesters in Nashville", "PER", "USA", ["hundreds of protesters",
                                                                    "Hundreds of demonstrators"]),
        entity("Tennessee State Capitol", "LOC", "USA", ["the Capitol"]),
        entity("Covenant School shooter", "PER", "USA", ["a shooter"]),
        entity("Covenant School victims", "PER", "USA", ["three children and three adults"]),
        entity("Covenant School", "LOC", "USA", ["the Covenant School in Nashville"]),
        entity("Cameron Sexton", "PER", "USA", ["House Speaker Cameron Sexton"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden"]),
        entity("Kamala Harris", "PER", "USA", ["Vice President Kamala Harris"]),
        entity("Tennessee Highway Patrol", "ORG", "USA", ["State troopers"]),
        entity("Metropolitan Council of Nashville", "ORG", "USA", ["Nashville's Metropolitan Council"]),
        entity("Bill Lee", "PER", "USA", ["Republican Gov. Bill Lee"]),
        entity("Tennessee General Assembly", "ORG", "USA", ["lawmakers"]),
        entity("Civil War", "MISC", "USA", ["the Civil War"]),
    ],
}

# ---------------------------------------------------------------- hm417-en-02 (Mexico, Supreme Court justices resign)
MEX_JUSTICES = actor("Justices of the Supreme Court of Mexico", "MEX", "JUD")
PINA = actor("Norma Piña", "MEX", "JUD")
MEX_GOV_E = actor("Government of Mexico", "MEX", "GOV")
SHEINBAUM_E = actor("Claudia Sheinbaum", "MEX", "GOV")
SCJN = actor("Supreme Court of Justice of the Nation", "MEX", "JUD")
PAN_SENATORS = actor("National Action Party senators", "MEX", "OPP")
MEX_SENATE = actor("Senate of Mexico", "MEX", "LEG")
NORONA = actor("Gerardo Fernández Noroña", "MEX", "LEG")
JUDICIAL_WORKERS = actor("Mexican judicial workers", "MEX", "LAB")

J1 = ("MEXICO CITY (AP) — Eight of the 11 justices on Mexico's Supreme Court have submitted their resignations "
      "rather than stand in next year's first-ever popular elections for the bench, deepening a standoff with "
      "President Claudia Sheinbaum over a sweeping judicial overhaul.")
J2 = ("Among them is Chief Justice Norma Piña, who has clashed repeatedly with Sheinbaum and her predecessor, Andrés "
      "Manuel López Obrador.")
J3 = "The resignations take effect next August, when the justices' terms would be cut short under the overhaul."
J4 = ("In a letter, Piña said the reform \"subjects the independence of judges to political contests\" and that she "
      "would not be a candidate.")
J5 = "Sheinbaum accused the court of trying to block a reform that Congress approved in September."
J6 = ("\"They are not resigning out of principle, they are resigning to keep their pensions,\" she told her daily "
      "news conference on Wednesday.")
J7 = ("Hours later, the Senate, where Sheinbaum's Morena party and its allies hold a two-thirds majority, approved a "
      "constitutional amendment that bars courts from reviewing changes to the constitution.")
J8 = "Opposition senators from the National Action Party walked out of the chamber in protest before the vote."
J9 = ("Senate President Gerardo Fernández Noroña, a Morena member, mocked the departing justices and said nobody "
      "would miss them.")
J10 = ("The Supreme Court is due to vote next week on a draft ruling by Justice Juan Luis González Alcántara Carrancá "
       "that would strike down parts of the overhaul, including the election of lower-court judges.")
J11 = "Sheinbaum has said her government would not comply with such a ruling."
J12 = ("Court employees and federal judges went on strike for more than two months against the overhaul, which "
       "critics say will erode checks on the governing party.")
J13 = ("Under the reform, some 7,000 judges and magistrates, including the Supreme Court justices, will be elected "
       "by popular vote starting in June 2025.")
J14 = ("Three justices close to the governing party, Lenia Batres, Yasmín Esquivel and Loretta Ortiz, have said they "
       "will stand in the election.")
J15 = "The Mexican peso fell about 1% against the dollar on Wednesday."

EN02 = {
    "id": "hm417-en-02", "lang": "en", "url": None, "published": "2024-10-31",
    "title": "Most of Mexico's Supreme Court justices resign rather than face election under judicial overhaul",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9], [J10, J11, J12], [J13, J14, J15]),
    "events": [
        event("RETREAT", MEX_JUSTICES, None, J1, mode="resign"),
        event("RETREAT", PINA, None, J2, mode="resign"),
        event("ACCUSE", PINA, MEX_GOV_E, J4, mode="disapprove"),
        event("ACCUSE", SHEINBAUM_E, SCJN, J5, mode="disapprove"),
        event("ACCUSE", SHEINBAUM_E, MEX_JUSTICES, J6, mode="disapprove", date="2024-10-30"),
        event("PROTEST", PAN_SENATORS, MEX_SENATE, J8, mode="boycott", date="2024-10-30"),
        event("ACCUSE", NORONA, MEX_JUSTICES, J9, mode="disapprove"),
        event("REJECT", SHEINBAUM_E, SCJN, J11),
        event("PROTEST", JUDICIAL_WORKERS, MEX_GOV_E, J12, mode="strike"),
    ],
    "quotes": [
        quote("subjects the independence of judges to political contests", "Norma Piña", "direct"),
        quote("the reform \"subjects the independence of judges to political contests\" and that she would not be a "
              "candidate", "Norma Piña", "indirect"),
        quote("They are not resigning out of principle, they are resigning to keep their pensions",
              "Claudia Sheinbaum", "direct"),
        quote("nobody would miss them", "Gerardo Fernández Noroña", "indirect"),
        quote("her government would not comply with such a ruling", "Claudia Sheinbaum", "indirect"),
        quote("will erode checks on the governing party", "critics of the judicial overhaul", "indirect"),
        quote("they will stand in the election", "Lenia Batres, Yasmín Esquivel and Loretta Ortiz", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Justices of the Supreme Court of Mexico", "PER", "MEX",
               ["Eight of the 11 justices on Mexico's Supreme Court", "the justices'", "They", "they",
                "the departing justices", "them"]),
        entity("Supreme Court of Justice of the Nation", "ORG", "MEX", ["Mexico's Supreme Court", "the court",
                                                                        "The Supreme Court"]),
        entity("Mexico", "LOC", "MEX", ["Mexico's"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum", "she",
                                                   "Sheinbaum's"]),
        entity("Norma Piña", "PER", "MEX", ["Chief Justice Norma Piña", "Piña", "she"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["her predecessor, Andrés Manuel López Obrador"]),
        entity("Congress of Mexico", "ORG", "MEX", ["Congress"]),
        entity("Senate of Mexico", "ORG", "MEX", ["the Senate", "the chamber", "Senate"]),
        entity("Morena", "ORG", "MEX", ["Sheinbaum's Morena party", "Morena", "the governing party"]),
        entity("National Action Party senators", "PER", "MEX",
               ["Opposition senators from the National Action Party"]),
        entity("National Action Party", "ORG", "MEX", ["the National Action Party"]),
        entity("Gerardo Fernández Noroña", "PER", "MEX", ["Senate President Gerardo Fernández Noroña"]),
        entity("Juan Luis González Alcántara Carrancá", "PER", "MEX",
               ["Justice Juan Luis González Alcántara Carrancá"]),
        entity("Government of Mexico", "ORG", "MEX", ["her government"]),
        entity("Mexican judicial workers", "PER", "MEX", ["Court employees and federal judges"]),
        entity("critics of the judicial overhaul", "PER", "MEX", ["critics"]),
        entity("Lenia Batres", "PER", "MEX", ["Lenia Batres"]),
        entity("Yasmín Esquivel", "PER", "MEX", ["Yasmín Esquivel"]),
        entity("Loretta Ortiz", "PER", "MEX", ["Loretta Ortiz"]),
        entity("Mexican peso", "MISC", "MEX", ["The Mexican peso"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
