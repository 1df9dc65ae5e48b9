"""Round 310: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm334-de-01: Libya: UN envoy Abdoulaye Bathily resigns after briefing the Security Council and blames Libya's rival leaders; his invitation to five-party talks, Haftar's and Saleh's conditions, Dbeibah's refusal, Guterres accepts, Blihaq attacks him, the Tripoli government pledges cooperation, Wood urges talks (2024-04-16).
- hm334-de-02: Zimbabwe: police arrest opposition politician Jameson Timba and 78 supporters at his Harare home; ZLHR alleges beatings, Nyathi accuses and threatens, charges, Chamisa and Amnesty object, bail refused, no releases, protest at the court, police patrols ahead of the SADC summit (2024-06-17).
- hm334-de-03: Somalia/Ethiopia: Hassan Sheikh Mohamud visits Addis Ababa and meets Abiy; full diplomatic ties to be restored, mutual praise, the Ankara Declaration and the Somaliland memorandum, the earlier expulsion of Ethiopia's ambassador, Faki welcomes the visit, Egypt's troop pledge (2025-01-11).
- hm334-de-04: DR Congo: shelling of the Lac Vert and Mugunga displacement camps near Goma; MSF treats the wounded, Muyaya and Washington blame Rwanda's army and the M23, Makolo and Kanyuka blame the Congolese army and the FDLR, MONUSCO condemns (2024-05-03).
- hm334-en-01: UN/Sudan: Russia vetoes the British-Sierra Leonean Security Council draft on a Sudan ceasefire; Lammy, Thomas-Greenfield and Polyanskiy trade accusations, Sudan's envoy thanks Moscow, British aid, army air strikes at El Fasher, Burhan rules out talks (2024-11-18).
- hm334-en-02: Nigeria: charges against Binance executive Tigran Gambaryan dropped on health grounds and he leaves the country; Teng and the State Department react, his February detention, cases against Binance continue, refused bail, U.S. lawmakers' demands rejected by Abuja (2024-10-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm334-de-01 (Libya, Bathily resigns)
BATHILY = actor("Abdoulaye Bathily", "UNO", "IGO")
UNSC = actor("UN Security Council", "UNO", "IGO")
LBY_LEADERS = actor("Libyan political leaders", "LBY", "GOV")
HAFTAR = actor("Khalifa Haftar", "LBY", "MIL")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
SALEH = actor("Aguila Saleh", "LBY", "LEG")
LBY_GNU = actor("Government of National Unity", "LBY", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
BLIHAQ = actor("Abdullah Blihaq", "LBY", "LEG")
UNITED_NATIONS = actor("United Nations", "UNO", "IGO")
WOOD = actor("Robert Wood", "USA", "GOV")

L1 = ("New York (dpa) - Der UN-Sondergesandte für Libyen, Abdoulaye Bathily, hat nach anderthalb Jahren im Amt seinen "
      "Rücktritt erklärt und den rivalisierenden Führern des Landes vorgeworfen, eine politische Lösung zu blockieren.")
L2 = ("Er habe Generalsekretär António Guterres über seine Entscheidung informiert, sagte der 76 Jahre alte Senegalese "
      "am Dienstag nach einer Sitzung des UN-Sicherheitsrats in New York.")
L3 = "Zuvor hatte Bathily das Gremium hinter verschlossenen Türen über die Lage in dem nordafrikanischen Land unterrichtet."
L4 = ("„Unter diesen Umständen gibt es keinen Weg, wie die Vereinten Nationen erfolgreich arbeiten können“, sagte "
      "Bathily vor Journalisten.")
L5 = ("Die libyschen Führer stellten ihre eigenen Interessen über die des Landes und seien offenbar entschlossen, den "
      "Status quo zu zementieren, fügte er hinzu.")
L6 = ("Bathily hatte im November die fünf wichtigsten Akteure des Landes zu Gesprächen über eine Einheitsregierung und "
      "einen Fahrplan für Wahlen eingeladen.")
L7 = ("Dazu zählen Präsidialratschef Mohammed al-Menfi, Ministerpräsident Abdul Hamid Dbeibah, Parlamentspräsident "
      "Aguila Saleh, der Chef des Hohen Staatsrats, Mohammed Takala, und der ostlibysche General Chalifa Haftar.")
L8 = ("Haftar verlangte, auch die von ihm gestützte Gegenregierung im Osten an den Tisch zu holen, während Dbeibah jede "
      "Runde ablehnte, die zu einer neuen Übergangsregierung führen könnte.")
L9 = "Saleh wiederum machte seine Teilnahme davon abhängig, dass die Regierung in Tripolis zuvor abtritt."
L10 = ("UN-Sprecher Stéphane Dujarric sagte, Guterres habe den Rücktritt angenommen und sei Bathily für seinen Einsatz "
       "dankbar.")
L11 = ("Bis zur Ernennung eines Nachfolgers soll die US-Diplomatin Stephanie Koury, bislang Bathilys Stellvertreterin, "
       "die UN-Mission in Libyen (UNSMIL) leiten.")
L12 = ("Der Sprecher des Parlaments im Osten des Landes, Abdullah Blihaq, warf Bathily vor, er sei nie ein neutraler "
       "Vermittler gewesen.")
L13 = "Die Einheitsregierung in Tripolis erklärte dagegen, sie bleibe zur Zusammenarbeit mit den Vereinten Nationen bereit."
L14 = ("Der stellvertretende US-Botschafter Robert Wood forderte im Sicherheitsrat die libyschen Akteure auf, sich ohne "
       "Vorbedingungen an Verhandlungen zu beteiligen.")
L15 = ("Libyen ist seit dem Sturz von Machthaber Muammar al-Gaddafi 2011 gespalten, seit 2022 beanspruchen zwei "
       "rivalisierende Regierungen in Tripolis und im Osten die Macht.")
L16 = ("Die für Dezember 2021 geplanten Präsidenten- und Parlamentswahlen waren wegen Streits über die Kandidaten und "
       "die Wahlgesetze geplatzt.")

DE01 = {
    "id": "hm334-de-01", "lang": "de", "url": None, "published": "2024-04-16",
    "title": "UN-Gesandter Bathily tritt zurück und wirft Libyens Führern Blockade vor",
    "text": paragraphs([L1, L2, L3], [L4, L5], [L6, L7, L8, L9], [L10, L11, L12, L13, L14], [L15, L16]),
    "events": [
        event("RETREAT", BATHILY, None, L1, mode="resign"),
        event("ACCUSE", BATHILY, LBY_LEADERS, L1, mode="allege"),
        event("RETREAT", BATHILY, None, L2, mode="resign", date="2024-04-16", location="New York",
              location_country="USA"),
        event("CONSULT", BATHILY, UNSC, L3, mode="multilateral", date="2024-04-16", location="New York",
              location_country="USA"),
        event("ACCUSE", BATHILY, LBY_LEADERS, L5, mode="disapprove"),
        event("AGREE", BATHILY, LBY_LEADERS, L6),
        event("REQUEST", HAFTAR, BATHILY, L8, mode="meet"),
        event("REJECT", DBEIBAH, BATHILY, L8, mode="meet"),
        event("REQUEST", SALEH, LBY_GNU, L9, mode="change"),
        event("SUPPORT", GUTERRES, BATHILY, L10),
        event("ACCUSE", BLIHAQ, BATHILY, L12, mode="disapprove"),
        event("AGREE", LBY_GNU, UNITED_NATIONS, L13),
        event("REQUEST", WOOD, LBY_LEADERS, L14, mode="meet"),
    ],
    "quotes": [
        quote("eine politische Lösung zu blockieren", "Abdoulaye Bathily", "indirect"),
        quote("Er habe Generalsekretär António Guterres über seine Entscheidung informiert", "Abdoulaye Bathily",
              "indirect"),
        quote("Unter diesen Umständen gibt es keinen Weg, wie die Vereinten Nationen erfolgreich arbeiten können",
              "Abdoulaye Bathily", "direct"),
        quote("Die libyschen Führer stellten ihre eigenen Interessen über die des Landes und seien offenbar entschlossen, "
              "den Status quo zu zementieren", "Abdoulaye Bathily", "indirect"),
        quote("Guterres habe den Rücktritt angenommen und sei Bathily für seinen Einsatz dankbar", "Stéphane Dujarric",
              "indirect"),
        quote("er sei nie ein neutraler Vermittler gewesen", "Abdullah Blihaq", "indirect"),
        quote("sie bleibe zur Zusammenarbeit mit den Vereinten Nationen bereit", "Government of National Unity",
              "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Abdoulaye Bathily", "PER", "UNO", ["Der UN-Sondergesandte für Libyen, Abdoulaye Bathily",
                                                   "der 76 Jahre alte Senegalese", "Bathily", "Bathilys"]),
        entity("Libya", "LOC", "LBY", ["Libyen", "des Landes", "dem nordafrikanischen Land"]),
        entity("Libyan political leaders", "ORG", "LBY", ["den rivalisierenden Führern des Landes",
                                                          "Die libyschen Führer",
                                                          "die fünf wichtigsten Akteure des Landes",
                                                          "die libyschen Akteure"]),
        entity("António Guterres", "PER", "UNO", ["Generalsekretär António Guterres", "Guterres"]),
        entity("UN Security Council", "ORG", "UNO", ["UN-Sicherheitsrats", "das Gremium", "Sicherheitsrat"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen", "den Vereinten Nationen"]),
        entity("Mohamed al-Menfi", "PER", "LBY", ["Präsidialratschef Mohammed al-Menfi"]),
        entity("Presidential Council of Libya", "ORG", "LBY", ["Präsidialrat"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Ministerpräsident Abdul Hamid Dbeibah", "Dbeibah"]),
        entity("Aguila Saleh", "PER", "LBY", ["Parlamentspräsident Aguila Saleh", "Saleh"]),
        entity("Mohamed Takala", "PER", "LBY", ["der Chef des Hohen Staatsrats, Mohammed Takala"]),
        entity("High Council of State", "ORG", "LBY", ["des Hohen Staatsrats"]),
        entity("Khalifa Haftar", "PER", "LBY", ["der ostlibysche General Chalifa Haftar", "Haftar"]),
        entity("Government of National Stability", "ORG", "LBY", ["die von ihm gestützte Gegenregierung im Osten"]),
        entity("Eastern Libya", "LOC", "LBY", ["im Osten"]),
        entity("Government of National Unity", "ORG", "LBY", ["die Regierung in Tripolis",
                                                              "Die Einheitsregierung in Tripolis"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["UN-Sprecher Stéphane Dujarric"]),
        entity("Stephanie Koury", "PER", "UNO", ["die US-Diplomatin Stephanie Koury", "Bathilys Stellvertreterin"]),
        entity("United Nations Support Mission in Libya", "ORG", "UNO", ["die UN-Mission in Libyen (UNSMIL)"]),
        entity("House of Representatives of Libya", "ORG", "LBY", ["des Parlaments im Osten des Landes"]),
        entity("Abdullah Blihaq", "PER", "LBY", ["Der Sprecher des Parlaments im Osten des Landes, Abdullah Blihaq"]),
        entity("Robert Wood", "PER", "USA", ["Der stellvertretende US-Botschafter Robert Wood"]),
        entity("Muammar al-Gaddafi", "PER", "LBY", ["Machthaber Muammar al-Gaddafi"]),
    ],
}

# ---------------------------------------------------------------- hm334-de-02 (Zimbabwe, Timba and supporters arrested)
ZRP = actor("Zimbabwe Republic Police", "ZWE", "COP")
TIMBA = actor("Jameson Timba", "ZWE", "OPP")
TIMBA_SUPP = actor("supporters of Jameson Timba", "ZWE", "OPP")
ZLHR = actor("Zimbabwe Lawyers for Human Rights", "ZWE", "NGO")
NYATHI = actor("Paul Nyathi", "ZWE", "COP")
CHAMISA = actor("Nelson Chamisa", "ZWE", "OPP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
ZWE_AUTH = actor("Zimbabwean authorities", "ZWE", "GOV")
CHAGUTAH = actor("Tigere Chagutah", "NGO", "NGO")
HARARE_COURT = actor("Harare Magistrates Court", "ZWE", "JUD")
ZWE_OPP_SUPP = actor("opposition supporters in Harare", "ZWE", "OPP")

Z1 = ("Harare (AFP) - Die Polizei in Simbabwe hat den Oppositionspolitiker Jameson Timba und 78 seiner Anhänger bei "
      "einem Treffen in seinem Haus in Harare festgenommen.")
Z2 = ("Polizisten in Kampfmontur hätten das Grundstück am Sonntagnachmittag gestürmt und mehrere Anwesende mit "
      "Schlagstöcken geschlagen, sagte ein Anwalt der Organisation Zimbabwe Lawyers for Human Rights (ZLHR) am Montag.")
Z3 = "Einige der Festgenommenen bräuchten dringend ärztliche Hilfe."
Z4 = ("Polizeisprecher Paul Nyathi warf Timba vor, ohne Genehmigung eine Versammlung abgehalten und gewaltsame Proteste "
      "während des Gipfels der Entwicklungsgemeinschaft des südlichen Afrika (SADC) im August geplant zu haben.")
Z5 = ("Timba und den übrigen Festgenommenen werde die Teilnahme an einer Versammlung mit dem Ziel vorgeworfen, "
      "öffentliche Gewalt zu fördern, fügte er hinzu.")
Z6 = ("„Niemand steht über dem Gesetz, und wir werden jeden Versuch, den Frieden im Land zu stören, entschlossen "
      "unterbinden“, sagte Nyathi.")
Z7 = ("Timba war in der Einheitsregierung von 2009 bis 2013 Staatsminister im Büro des damaligen Ministerpräsidenten "
      "Morgan Tsvangirai und gilt als Vertrauter des früheren Oppositionsführers Nelson Chamisa.")
Z8 = ("Chamisa, der die Partei Citizens Coalition for Change (CCC) im Januar im Streit verlassen hatte, verurteilte die "
      "Festnahmen als „feigen Angriff auf die Demokratie“.")
Z9 = "Amnesty International forderte die sofortige und bedingungslose Freilassung aller Festgenommenen."
Z10 = ("Die Behörden kriminalisierten friedliche Versammlungen, um vor dem Gipfel in Harare jede Kritik zu ersticken, "
       "erklärte Amnestys Regionaldirektor für das östliche und südliche Afrika, Tigere Chagutah.")
Z11 = "Ein Gericht in Harare lehnte es am Montag ab, den früheren Minister gegen Kaution freizulassen."
Z12 = "Bis Montagabend kam auch keiner der übrigen Festgenommenen frei."
Z13 = "Vor dem Gericht forderten Dutzende Oppositionsanhänger mit Plakaten die Freilassung der Inhaftierten."
Z14 = ("Präsident Emmerson Mnangagwa soll im August den Vorsitz der SADC übernehmen, seine Regierung will das Treffen als "
       "Zeichen für die Rückkehr Simbabwes in die internationale Gemeinschaft nutzen.")
Z15 = "In der Hauptstadt patrouillieren seit Tagen verstärkt Polizeieinheiten."
Z16 = "Ein Regierungssprecher war für eine Stellungnahme zunächst nicht zu erreichen."

DE02 = {
    "id": "hm334-de-02", "lang": "de", "url": None, "published": "2024-06-17",
    "title": "Simbabwe: Oppositionspolitiker Timba und 78 Anhänger festgenommen",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6], [Z7, Z8, Z9, Z10], [Z11, Z12, Z13], [Z14, Z15, Z16]),
    "events": [
        event("COERCE", ZRP, TIMBA, Z1, mode="arrest", location="Harare", location_country="ZWE"),
        event("COERCE", ZRP, TIMBA_SUPP, Z1, mode="arrest", location="Harare", location_country="ZWE"),
        event("ACCUSE", ZLHR, ZRP, Z2, mode="allege", date="2024-06-17"),
        event("ACCUSE", NYATHI, TIMBA, Z4, mode="allege"),
        event("ACCUSE", ZRP, TIMBA, Z5, mode="allege"),
        event("ACCUSE", ZRP, TIMBA_SUPP, Z5, mode="allege"),
        event("THREATEN", NYATHI, None, Z6),
        event("ACCUSE", CHAMISA, ZRP, Z8, mode="disapprove"),
        event("REQUEST", AMNESTY, ZWE_AUTH, Z9, mode="yield"),
        event("ACCUSE", CHAGUTAH, ZWE_AUTH, Z10, mode="disapprove"),
        event("REJECT", HARARE_COURT, TIMBA, Z11, mode="yield", date="2024-06-17", location="Harare",
              location_country="ZWE"),
        event("RETREAT", ZRP, TIMBA_SUPP, Z12, mode="release", negated=True),
        event("PROTEST", ZWE_OPP_SUPP, ZWE_AUTH, Z13, mode="demo", location="Harare", location_country="ZWE"),
        event("MOBILIZE", ZRP, None, Z15, mode="police", location="Harare", location_country="ZWE"),
    ],
    "quotes": [
        quote("Polizisten in Kampfmontur hätten das Grundstück am Sonntagnachmittag gestürmt und mehrere Anwesende mit "
              "Schlagstöcken geschlagen", "lawyer of Zimbabwe Lawyers for Human Rights", "indirect"),
        quote("Einige der Festgenommenen bräuchten dringend ärztliche Hilfe",
              "lawyer of Zimbabwe Lawyers for Human Rights", "indirect"),
        quote("ohne Genehmigung eine Versammlung abgehalten und gewaltsame Proteste während des Gipfels der "
              "Entwicklungsgemeinschaft des südlichen Afrika (SADC) im August geplant zu haben", "Paul Nyathi",
              "indirect"),
        quote("Timba und den übrigen Festgenommenen werde die Teilnahme an einer Versammlung mit dem Ziel vorgeworfen, "
              "öffentliche Gewalt zu fördern", "Paul Nyathi", "indirect"),
        quote("Niemand steht über dem Gesetz, und wir werden jeden Versuch, den Frieden im Land zu stören, entschlossen "
              "unterbinden", "Paul Nyathi", "direct"),
        quote("feigen Angriff auf die Demokratie", "Nelson Chamisa", "direct"),
        quote("Die Behörden kriminalisierten friedliche Versammlungen, um vor dem Gipfel in Harare jede Kritik zu "
              "ersticken", "Tigere Chagutah", "indirect"),
    ],
    "entities": [
        entity("Harare", "LOC", "ZWE", ["Harare", "der Hauptstadt"]),
        entity("Zimbabwe Republic Police", "ORG", "ZWE", ["Die Polizei in Simbabwe", "Polizisten in Kampfmontur",
                                                          "Polizeieinheiten"]),
        entity("Zimbabwe", "LOC", "ZWE", ["Simbabwe", "Simbabwes", "im Land"]),
        entity("Jameson Timba", "PER", "ZWE", ["den Oppositionspolitiker Jameson Timba", "Timba",
                                               "den früheren Minister"]),
        entity("supporters of Jameson Timba", "ORG", "ZWE", ["78 seiner Anhänger", "mehrere Anwesende",
                                                             "Einige der Festgenommenen",
                                                             "den übrigen Festgenommenen", "aller Festgenommenen",
                                                             "keiner der übrigen Festgenommenen",
                                                             "der Inhaftierten"]),
        entity("home of Jameson Timba", "LOC", "ZWE", ["seinem Haus", "das Grundstück"]),
        entity("Zimbabwe Lawyers for Human Rights", "ORG", "ZWE",
               ["der Organisation Zimbabwe Lawyers for Human Rights (ZLHR)"]),
        entity("lawyer of Zimbabwe Lawyers for Human Rights", "PER", "ZWE", ["ein Anwalt"]),
        entity("Paul Nyathi", "PER", "ZWE", ["Polizeisprecher Paul Nyathi", "Nyathi"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["der Entwicklungsgemeinschaft des südlichen Afrika (SADC)", "der SADC"]),
        entity("SADC summit in Harare", "LOC", "ZWE", ["des Gipfels", "dem Gipfel in Harare", "das Treffen"]),
        entity("Government of National Unity of Zimbabwe", "ORG", "ZWE", ["der Einheitsregierung"]),
        entity("Morgan Tsvangirai", "PER", "ZWE", ["des damaligen Ministerpräsidenten Morgan Tsvangirai"]),
        entity("Nelson Chamisa", "PER", "ZWE", ["des früheren Oppositionsführers Nelson Chamisa", "Chamisa"]),
        entity("Citizens Coalition for Change", "ORG", "ZWE", ["die Partei Citizens Coalition for Change (CCC)"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Amnestys"]),
        entity("Zimbabwean authorities", "ORG", "ZWE", ["Die Behörden"]),
        entity("Tigere Chagutah", "PER", "NGO",
               ["Amnestys Regionaldirektor für das östliche und südliche Afrika, Tigere Chagutah"]),
        entity("Harare Magistrates Court", "ORG", "ZWE", ["Ein Gericht in Harare", "dem Gericht"]),
        entity("opposition supporters in Harare", "ORG", "ZWE", ["Dutzende Oppositionsanhänger"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["Präsident Emmerson Mnangagwa"]),
        entity("Government of Zimbabwe", "ORG", "ZWE", ["seine Regierung"]),
        entity("government spokesperson of Zimbabwe", "PER", "ZWE", ["Ein Regierungssprecher"]),
    ],
}

# ---------------------------------------------------------------- hm334-de-03 (Somalia/Ethiopia, Hassan Sheikh in Addis Ababa)
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
SOM_GOV = actor("Government of Somalia", "SOM", "GOV")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
SOMALILAND = actor("Somaliland", "SOM", "GOV")
ETH_AMB_SOM = actor("Ambassador of Ethiopia to Somalia", "ETH", "GOV")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
EGYPT = actor("Egypt", "EGY", "GOV")

S1 = ("Addis Abeba (Reuters) - Somalias Präsident Hassan Sheikh Mohamud ist zu einem Besuch in Äthiopien eingetroffen, "
      "dem ersten offiziellen Besuch seit dem Streit um ein Hafenabkommen Äthiopiens mit der abtrünnigen Region "
      "Somaliland.")
S2 = ("Ministerpräsident Abiy Ahmed empfing den 69-Jährigen am Samstag am Flughafen und führte anschließend stundenlange "
      "Gespräche mit ihm.")
S3 = ("Beide Seiten vereinbarten, die diplomatischen Beziehungen vollständig wiederherzustellen und ihre Botschaften "
      "wieder mit Botschaftern zu besetzen.")
S4 = ("„Somalia und Äthiopien sind Brudervölker, deren Schicksal untrennbar miteinander verbunden ist“, sagte Abiy nach "
      "dem Treffen.")
S5 = ("Hassan Sheikh dankte Abiy für die Gastfreundschaft und sprach von einem „neuen Kapitel“ in den Beziehungen der "
      "Nachbarländer.")
S6 = ("Die beiden Staaten hatten sich im Dezember in Ankara unter Vermittlung des türkischen Präsidenten Recep Tayyip "
      "Erdoğan auf eine Beilegung ihres fast einjährigen Streits geeinigt.")
S7 = ("Die sogenannte Erklärung von Ankara sieht technische Verhandlungen über einen Zugang des Binnenlandes zum Meer "
      "vor, der die Souveränität Somalias achtet.")
S8 = ("Äthiopien hatte am 1. Januar 2024 eine Absichtserklärung mit Somaliland unterzeichnet, die ihm im Gegenzug für "
      "eine mögliche Anerkennung der Region einen Marinestützpunkt am Golf von Aden in Aussicht stellte.")
S9 = ("Mogadischu wertete das als Angriff auf seine Souveränität, wies später den äthiopischen Botschafter aus und "
      "drohte, die äthiopischen Soldaten aus dem Land zu werfen.")
S10 = "Eine Rücknahme der Absichtserklärung kündigte Abiy bei dem Treffen allerdings nicht an."
S11 = ("Bei dem Besuch ging es auch um die Beteiligung äthiopischer Truppen an der neuen Mission der Afrikanischen Union "
       "in Somalia (AUSSOM), die zu Jahresbeginn die bisherige Truppe abgelöst hat.")
S12 = "Äthiopien stellt seit Jahren eines der größten Kontingente im Kampf gegen die Islamistenmiliz Al-Shabaab."
S13 = ("Der Außenminister Somalilands, Abdirahman Dahir Adan, sagte in Hargeisa, kein Abkommen zwischen Somalia und "
       "Äthiopien könne etwas am Status seines Landes ändern.")
S14 = ("Der Vorsitzende der Kommission der Afrikanischen Union, Moussa Faki Mahamat, begrüßte den Besuch von Hassan "
       "Sheikh als wichtigen Beitrag zur Stabilität am Horn von Afrika.")
S15 = ("Ägypten, das mit Äthiopien seit Jahren um den Nil-Staudamm GERD streitet, hat Mogadischu Soldaten für die "
       "AU-Mission zugesagt.")
S16 = "Hassan Sheikh wollte am Sonntag in die somalische Hauptstadt zurückkehren."

DE03 = {
    "id": "hm334-de-03", "lang": "de", "url": None, "published": "2025-01-11",
    "title": "Somalias Präsident in Addis Abeba: Nachbarn wollen Beziehungen wiederherstellen",
    "text": paragraphs([S1, S2, S3], [S4, S5], [S6, S7, S8, S9, S10], [S11, S12, S13], [S14, S15, S16]),
    "events": [
        event("CONSULT", HSM, ETH_GOV, S1, mode="visit", location="Addis Ababa", location_country="ETH"),
        event("CONSULT", HSM, ABIY, S2, mode="visit", date="2025-01-11", location="Addis Ababa",
              location_country="ETH"),
        event("AGREE", SOM_GOV, ETH_GOV, S3),
        event("SUPPORT", ABIY, SOM_GOV, S4),
        event("SUPPORT", HSM, ABIY, S5),
        event("AGREE", SOM_GOV, ETH_GOV, S6, location="Ankara", location_country="TUR"),
        event("SUPPORT", ETH_GOV, SOMALILAND, S8, date="2024-01-01"),
        event("ACCUSE", SOM_GOV, ETH_GOV, S9, mode="disapprove"),
        event("SANCTION", SOM_GOV, ETH_AMB_SOM, S9, mode="expel"),
        event("THREATEN", SOM_GOV, ETH_GOV, S9, mode="expel"),
        event("CONCEDE", ABIY, SOM_GOV, S10, negated=True),
        event("SUPPORT", FAKI, HSM, S14),
        event("AGREE", EGYPT, SOM_GOV, S15),
    ],
    "quotes": [
        quote("Somalia und Äthiopien sind Brudervölker, deren Schicksal untrennbar miteinander verbunden ist",
              "Abiy Ahmed", "direct"),
        quote("neuen Kapitel", "Hassan Sheikh Mohamud", "direct"),
        quote("kein Abkommen zwischen Somalia und Äthiopien könne etwas am Status seines Landes ändern",
              "Abdirahman Dahir Adan", "indirect"),
    ],
    "entities": [
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Somalias Präsident Hassan Sheikh Mohamud", "den 69-Jährigen",
                                                       "Hassan Sheikh"]),
        entity("Somalia", "LOC", "SOM", ["Somalias", "Somalia", "dem Land"]),
        entity("Ethiopia", "LOC", "ETH", ["Äthiopien", "Äthiopiens", "des Binnenlandes"]),
        entity("Somaliland", "LOC", "SOM", ["der abtrünnigen Region Somaliland", "Somaliland", "der Region",
                                            "Somalilands", "seines Landes"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ministerpräsident Abiy Ahmed", "Abiy"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["des türkischen Präsidenten Recep Tayyip Erdoğan"]),
        entity("Gulf of Aden", "LOC", None, ["Golf von Aden"]),
        entity("Government of Somalia", "ORG", "SOM", ["Mogadischu"]),
        entity("Ambassador of Ethiopia to Somalia", "PER", "ETH", ["den äthiopischen Botschafter"]),
        entity("Ethiopian National Defense Force", "ORG", "ETH", ["die äthiopischen Soldaten", "äthiopischer Truppen"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union"]),
        entity("African Union Support and Stabilization Mission in Somalia", "ORG", "IGO",
               ["der neuen Mission der Afrikanischen Union in Somalia (AUSSOM)", "die AU-Mission"]),
        entity("Al-Shabaab", "ORG", "SOM", ["die Islamistenmiliz Al-Shabaab"]),
        entity("Abdirahman Dahir Adan", "PER", "SOM", ["Der Außenminister Somalilands, Abdirahman Dahir Adan"]),
        entity("Hargeisa", "LOC", "SOM", ["Hargeisa"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["Der Vorsitzende der Kommission der Afrikanischen Union, Moussa "
                                                     "Faki Mahamat"]),
        entity("African Union Commission", "ORG", "IGO", ["der Kommission der Afrikanischen Union"]),
        entity("Horn of Africa", "LOC", None, ["Horn von Afrika"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Grand Ethiopian Renaissance Dam", "LOC", "ETH", ["den Nil-Staudamm GERD"]),
        entity("Mogadishu", "LOC", "SOM", ["die somalische Hauptstadt"]),
    ],
}

# ---------------------------------------------------------------- hm334-de-04 (DR Congo, shelling of camps near Goma)
CAMP_ATTACKERS = actor("unidentified attackers who shelled the Goma displacement camps", None, "MIL")
GOMA_IDPS = actor("displaced people in camps near Goma", "COD", "CVL")
MSF = actor("Médecins Sans Frontières", "NGO", "NGO")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
RDF = actor("Rwanda Defence Force", "RWA", "MIL")
M23 = actor("M23", "COD", "REB")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
MAKOLO = actor("Yolande Makolo", "RWA", "GOV")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
FDLR = actor("Democratic Forces for the Liberation of Rwanda", "RWA", "REB")
KANYUKA = actor("Lawrence Kanyuka", "COD", "REB")
MONUSCO = actor("MONUSCO", "UNO", "IGO")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")

G1 = ("Goma (AFP) - Beim Beschuss zweier Vertriebenenlager am Rande der ostkongolesischen Stadt Goma sind am Freitag "
      "mindestens zwölf Menschen getötet worden, darunter mehrere Kinder.")
G2 = ("Mehrere Granaten schlugen am Morgen in den Lagern Lac Vert und Mugunga ein, in denen Zehntausende Menschen vor den "
      "Kämpfen in der Provinz Nord-Kivu Zuflucht gesucht haben.")
G3 = "Die Hilfsorganisation Ärzte ohne Grenzen versorgte nach eigenen Angaben Dutzende Verletzte in Goma."
G4 = ("Regierungssprecher Patrick Muyaya machte die ruandische Armee und die von Kigali unterstützte Rebellengruppe M23 "
      "für den Angriff verantwortlich.")
G5 = ("„Das ist ein Kriegsverbrechen, und Ruanda wird dafür zur Rechenschaft gezogen werden“, schrieb der Minister auf "
      "der Plattform X.")
G6 = ("Auch das US-Außenministerium verurteilte den Angriff, der von Stellungen der ruandischen Armee und der M23 aus "
      "verübt worden sei.")
G7 = "Ruandas Regierungssprecherin Yolande Makolo nannte den Vorwurf „lächerlich“."
G8 = "Die ruandische Armee sei eine professionelle Truppe, die niemals ein Vertriebenenlager angreifen würde, sagte sie."
G9 = ("Verantwortlich seien vielmehr die kongolesische Armee und die mit ihr verbündete Miliz FDLR, die die Lager als "
      "Schutzschild missbrauchten.")
G10 = "Auch M23-Sprecher Lawrence Kanyuka wies jede Beteiligung zurück und beschuldigte die Regierungstruppen."
G11 = "Präsident Félix Tshisekedi brach eine Europareise vorzeitig ab und kehrte nach Kinshasa zurück."
G12 = "Die UN-Mission MONUSCO verurteilte den Beschuss auf das Schärfste."
G13 = "Goma liegt direkt an der Grenze zu Ruanda."
G14 = ("Die kongolesische Regierung wirft Ruanda seit Langem vor, die M23 mit Waffen und Soldaten zu unterstützen, was "
       "Kigali bestreitet.")

DE04 = {
    "id": "hm334-de-04", "lang": "de", "url": None, "published": "2024-05-03",
    "title": "Tote bei Beschuss von Vertriebenenlagern bei Goma",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9, G10], [G11, G12], [G13, G14]),
    "events": [
        event("ASSAULT", CAMP_ATTACKERS, GOMA_IDPS, G1, mode="heavy-weapons", date="2024-05-03", location="Goma",
              location_country="COD"),
        event("ASSAULT", CAMP_ATTACKERS, GOMA_IDPS, G2, mode="heavy-weapons", date="2024-05-03",
              location="Mugunga", location_country="COD"),
        event("AID", MSF, GOMA_IDPS, G3, location="Goma", location_country="COD"),
        event("ACCUSE", MUYAYA, RDF, G4, mode="allege"),
        event("ACCUSE", MUYAYA, M23, G4, mode="allege"),
        event("ACCUSE", MUYAYA, RWA_GOV, G5, mode="disapprove"),
        event("THREATEN", MUYAYA, RWA_GOV, G5),
        event("ACCUSE", US_STATE, RDF, G6, mode="disapprove"),
        event("ACCUSE", US_STATE, M23, G6, mode="disapprove"),
        event("ACCUSE", MAKOLO, FARDC, G9, mode="allege"),
        event("ACCUSE", MAKOLO, FDLR, G9, mode="allege"),
        event("ACCUSE", KANYUKA, FARDC, G10, mode="allege"),
        event("ACCUSE", MONUSCO, CAMP_ATTACKERS, G12, mode="disapprove"),
        event("ACCUSE", COD_GOV, RWA_GOV, G14, mode="allege"),
    ],
    "quotes": [
        quote("Das ist ein Kriegsverbrechen, und Ruanda wird dafür zur Rechenschaft gezogen werden", "Patrick Muyaya",
              "direct"),
        quote("der von Stellungen der ruandischen Armee und der M23 aus verübt worden sei", "U.S. Department of State",
              "indirect"),
        quote("lächerlich", "Yolande Makolo", "direct"),
        quote("Die ruandische Armee sei eine professionelle Truppe, die niemals ein Vertriebenenlager angreifen würde",
              "Yolande Makolo", "indirect"),
        quote("Verantwortlich seien vielmehr die kongolesische Armee und die mit ihr verbündete Miliz FDLR, die die "
              "Lager als Schutzschild missbrauchten", "Yolande Makolo", "indirect"),
    ],
    "entities": [
        entity("Goma", "LOC", "COD", ["der ostkongolesischen Stadt Goma", "Goma"]),
        entity("displacement camps near Goma", "LOC", "COD", ["zweier Vertriebenenlager", "den Lagern",
                                                              "die Lager"]),
        entity("Lac Vert camp", "LOC", "COD", ["Lac Vert"]),
        entity("Mugunga camp", "LOC", "COD", ["Mugunga"]),
        entity("North Kivu", "LOC", "COD", ["der Provinz Nord-Kivu"]),
        entity("Médecins Sans Frontières", "ORG", "NGO", ["Die Hilfsorganisation Ärzte ohne Grenzen"]),
        entity("Patrick Muyaya", "PER", "COD", ["Regierungssprecher Patrick Muyaya", "der Minister"]),
        entity("Rwanda Defence Force", "ORG", "RWA", ["die ruandische Armee", "der ruandischen Armee",
                                                      "Die ruandische Armee"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Kigali"]),
        entity("M23", "ORG", "COD", ["die von Kigali unterstützte Rebellengruppe M23", "der M23", "die M23", "M23"]),
        entity("Rwanda", "LOC", "RWA", ["Ruanda", "Ruandas"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("U.S. Department of State", "ORG", "USA", ["das US-Außenministerium"]),
        entity("Yolande Makolo", "PER", "RWA", ["Ruandas Regierungssprecherin Yolande Makolo"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD",
               ["die kongolesische Armee", "die Regierungstruppen"]),
        entity("Democratic Forces for the Liberation of Rwanda", "ORG", "RWA", ["die mit ihr verbündete Miliz FDLR"]),
        entity("Lawrence Kanyuka", "PER", "COD", ["M23-Sprecher Lawrence Kanyuka"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi"]),
        entity("Europe", "LOC", None, ["Europareise"]),
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("MONUSCO", "ORG", "UNO", ["Die UN-Mission MONUSCO"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Die kongolesische Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm334-en-01 (UN/Sudan, Russian veto)
RUSSIA_GOV = actor("Russia", "RUS", "GOV")
UNSC_EN = actor("UN Security Council", "UNO", "IGO")
LAMMY = actor("David Lammy", "GBR", "GOV")
POLYANSKIY = actor("Dmitry Polyanskiy", "RUS", "GOV")
UK_GOV = actor("United Kingdom", "GBR", "GOV")
AL_HARITH = actor("Al-Harith Idriss al-Harith Mohamed", "SDN", "GOV")
RSF = actor("Rapid Support Forces", "SDN", "REB")
THOMAS_GREENFIELD = actor("Linda Thomas-Greenfield", "USA", "GOV")
SDN_CIVILIANS = actor("civilians in Sudan", "SDN", "CVL")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")

V1 = ("UNITED NATIONS, Nov 18 (Reuters) - Russia on Monday vetoed a U.N. Security Council resolution that would have "
      "demanded an immediate halt to the fighting in Sudan.")
V2 = ("The draft, put forward by Britain and Sierra Leone, won the backing of all 14 other members of the 15-nation "
      "council.")
V3 = ("It would have called on the Sudanese army and the paramilitary Rapid Support Forces (RSF) to agree a ceasefire "
      "and to allow safe and unhindered humanitarian access across front lines.")
V4 = 'British Foreign Secretary David Lammy, who chaired the meeting, called the veto "a disgrace."'
V5 = ('"One country has stood in the way of this council speaking with one voice. One country is the blocker, and that '
      'country is Russia," Lammy told the council.')
V6 = ("Russia's deputy U.N. ambassador Dmitry Polyanskiy said the text amounted to interference in Sudan's internal "
      "affairs and accused Britain of trying to impose its own vision on a sovereign state.")
V7 = '"Only the Sudanese government can decide how to protect its civilians," Polyanskiy said.'
V8 = ("Sudan's U.N. ambassador Al-Harith Idriss al-Harith Mohamed thanked Moscow for its position and said the draft had "
      "failed to address atrocities committed by the RSF.")
V9 = ('U.S. Ambassador Linda Thomas-Greenfield said Russia was "playing both sides" of the conflict to advance its own '
      'interests.')
V10 = ('Sierra Leone\'s ambassador Michael Imran Kanu said his country would "not give up on the people of Sudan" and '
       'would keep working for a ceasefire.')
V11 = ("The war between the army and the RSF, which broke out in April 2023, has killed tens of thousands of people and "
       "driven more than 11 million from their homes, according to U.N. figures.")
V12 = "Britain this month doubled its humanitarian aid for Sudan to 226 million pounds ($286 million)."
V13 = ("In Sudan, the army said on Monday its aircraft had struck RSF positions around El Fasher, the last major city in "
       "the Darfur region still under its control.")
V14 = "The RSF did not immediately respond to a request for comment."
V15 = ("Army chief Abdel Fattah al-Burhan has repeatedly ruled out talks with the RSF, which he accuses of genocide "
       "against civilians in Darfur.")

EN01 = {
    "id": "hm334-en-01", "lang": "en", "url": None, "published": "2024-11-18",
    "title": "Russia vetoes U.N. Security Council call for Sudan ceasefire",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7], [V8, V9, V10], [V11, V12], [V13, V14, V15]),
    "events": [
        event("REJECT", RUSSIA_GOV, UNSC_EN, V1, mode="yield", date="2024-11-18"),
        event("ACCUSE", LAMMY, RUSSIA_GOV, V4, mode="disapprove"),
        event("ACCUSE", LAMMY, RUSSIA_GOV, V5, mode="disapprove"),
        event("ACCUSE", POLYANSKIY, UK_GOV, V6, mode="allege"),
        event("SUPPORT", AL_HARITH, RUSSIA_GOV, V8),
        event("ACCUSE", AL_HARITH, RSF, V8, mode="allege"),
        event("ACCUSE", THOMAS_GREENFIELD, RUSSIA_GOV, V9, mode="allege"),
        event("AID", UK_GOV, SDN_CIVILIANS, V12),
        event("ASSAULT", SAF, RSF, V13, mode="aerial", date="2024-11-18", location="El Fasher",
              location_country="SDN"),
        event("REJECT", BURHAN, RSF, V15, mode="meet"),
        event("ACCUSE", BURHAN, RSF, V15, mode="allege"),
    ],
    "quotes": [
        quote("a disgrace", "David Lammy", "direct"),
        quote("One country has stood in the way of this council speaking with one voice. One country is the blocker, "
              "and that country is Russia", "David Lammy", "direct"),
        quote("the text amounted to interference in Sudan's internal affairs", "Dmitry Polyanskiy", "indirect"),
        quote("trying to impose its own vision on a sovereign state", "Dmitry Polyanskiy", "indirect"),
        quote("Only the Sudanese government can decide how to protect its civilians", "Dmitry Polyanskiy", "direct"),
        quote("the draft had failed to address atrocities committed by the RSF", "Al-Harith Idriss al-Harith Mohamed",
              "indirect"),
        quote("playing both sides", "Linda Thomas-Greenfield", "direct"),
        quote('Russia was "playing both sides" of the conflict to advance its own interests', "Linda Thomas-Greenfield",
              "indirect"),
        quote("not give up on the people of Sudan", "Michael Imran Kanu", "direct"),
        quote('his country would "not give up on the people of Sudan" and would keep working for a ceasefire',
              "Michael Imran Kanu", "indirect"),
        quote("The war between the army and the RSF, which broke out in April 2023, has killed tens of thousands of "
              "people and driven more than 11 million from their homes", "United Nations", "indirect"),
        quote("its aircraft had struck RSF positions around El Fasher, the last major city in the Darfur region still "
              "under its control", "Sudanese Armed Forces", "indirect"),
    ],
    "entities": [
        entity("United Nations Headquarters", "LOC", "USA", ["UNITED NATIONS"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Russia's"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("UN Security Council", "ORG", "UNO", ["U.N. Security Council", "the 15-nation council", "the council",
                                                     "this council"]),
        entity("Sudan", "LOC", "SDN", ["Sudan", "Sudan's"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Sierra Leone", "LOC", "SLE", ["Sierra Leone", "Sierra Leone's", "his country"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["the Sudanese army", "the army"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["the paramilitary Rapid Support Forces (RSF)", "the RSF", "RSF"]),
        entity("David Lammy", "PER", "GBR", ["British Foreign Secretary David Lammy", "Lammy"]),
        entity("Dmitry Polyanskiy", "PER", "RUS", ["Russia's deputy U.N. ambassador Dmitry Polyanskiy", "Polyanskiy"]),
        entity("Government of Sudan", "ORG", "SDN", ["the Sudanese government"]),
        entity("Al-Harith Idriss al-Harith Mohamed", "PER", "SDN",
               ["Sudan's U.N. ambassador Al-Harith Idriss al-Harith Mohamed"]),
        entity("Linda Thomas-Greenfield", "PER", "USA", ["U.S. Ambassador Linda Thomas-Greenfield"]),
        entity("Michael Imran Kanu", "PER", "SLE", ["Sierra Leone's ambassador Michael Imran Kanu"]),
        entity("United Nations", "ORG", "UNO", ["U.N. figures"]),
        entity("El Fasher", "LOC", "SDN", ["El Fasher"]),
        entity("Darfur", "LOC", "SDN", ["the Darfur region", "Darfur"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Army chief Abdel Fattah al-Burhan"]),
    ],
}

# ---------------------------------------------------------------- hm334-en-02 (Nigeria, Binance's Gambaryan freed)
NGA_AUTH = actor("Nigerian authorities", "NGA", "GOV")
GAMBARYAN = actor("Tigran Gambaryan", "USA", "BUS")
EFCC = actor("Economic and Financial Crimes Commission", "NGA", "COP")
TENG = actor("Richard Teng", "MNC", "BUS")
US_GOV = actor("Government of the United States", "USA", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
BINANCE = actor("Binance", "MNC", "BUS")
FIRS = actor("Federal Inland Revenue Service", "NGA", "GOV")
NGA_COURT = actor("Federal High Court of Nigeria", "NGA", "JUD")
US_LAWMAKERS = actor("U.S. Congress", "USA", "LEG")
MCCORMICK = actor("Rich McCormick", "USA", "LEG")

B1 = ("ABUJA, Nigeria (AP) — Nigerian authorities on Wednesday dropped money laundering charges against Binance "
      "executive Tigran Gambaryan, an American who had been detained in the country for eight months, citing his "
      "failing health.")
B2 = ("Prosecutors told the Federal High Court in Abuja that they were withdrawing the case against the former U.S. "
      "federal agent on humanitarian grounds, and Judge Emeka Nwite struck his name from the charge sheet.")
B3 = "Gambaryan, who has been using a wheelchair since falling ill at Kuje prison, left Nigeria hours later."
B4 = ('"We are overjoyed that Tigran is finally on his way home to his wife and children," Binance CEO Richard Teng '
      'said in a statement, thanking the U.S. government for its efforts.')
B5 = ('State Department spokesman Matthew Miller welcomed the decision and said Washington had raised the case "at the '
      'highest levels" with Nigerian officials.')
B6 = ("Gambaryan, who heads Binance's financial crime compliance team, was detained in February after traveling to "
      "Abuja with a colleague, Nadeem Anjarwalla, for talks with Nigerian officials.")
B7 = ("Anjarwalla, a British-Kenyan citizen, escaped in March from the guesthouse where the two were being held and "
      "fled the country.")
B8 = ("Prosecutors said the money laundering case against Binance itself would continue, as would a separate tax evasion "
      "case brought by the Federal Inland Revenue Service.")
B9 = ("Nigerian officials have accused the cryptocurrency exchange of enabling currency speculation that helped drive "
      "the naira to record lows, a charge the company denies.")
B10 = ('Information Minister Mohammed Idris said the government had acted "out of compassion" and that the decision '
       'did not weaken its case against the company.')
B11 = ("A judge had twice refused Gambaryan bail, even as his lawyers said he was suffering from malaria, pneumonia "
       "and a herniated disc.")
B12 = ('U.S. lawmakers had repeatedly demanded his release, and Republican Congressman Rich McCormick, who visited him '
       'in prison earlier this year, called his detention "a hostage situation."')
B13 = "Nigeria's government had rejected the calls, saying the courts had to be allowed to do their work."
B14 = ("Before joining Binance, Gambaryan spent a decade as a special agent with the U.S. Internal Revenue Service, "
       "investigating cryptocurrency crimes.")

EN02 = {
    "id": "hm334-en-02", "lang": "en", "url": None, "published": "2024-10-23",
    "title": "Nigeria drops charges against Binance executive Gambaryan on health grounds",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8, B9, B10], [B11, B12, B13], [B14]),
    "events": [
        event("RETREAT", NGA_AUTH, GAMBARYAN, B1, mode="release", date="2024-10-23"),
        event("RETREAT", EFCC, GAMBARYAN, B2, mode="release", location="Abuja", location_country="NGA"),
        event("SUPPORT", TENG, US_GOV, B4),
        event("SUPPORT", MILLER, NGA_GOV, B5),
        event("CONSULT", US_GOV, NGA_GOV, B5),
        event("COERCE", NGA_AUTH, GAMBARYAN, B6, mode="arrest", location="Abuja", location_country="NGA"),
        event("ACCUSE", EFCC, BINANCE, B8, mode="allege"),
        event("ACCUSE", FIRS, BINANCE, B8, mode="allege"),
        event("ACCUSE", NGA_GOV, BINANCE, B9, mode="allege"),
        event("REJECT", NGA_COURT, GAMBARYAN, B11, mode="yield"),
        event("REQUEST", US_LAWMAKERS, NGA_GOV, B12, mode="yield"),
        event("ACCUSE", MCCORMICK, NGA_GOV, B12, mode="disapprove"),
        event("REJECT", NGA_GOV, US_LAWMAKERS, B13, mode="yield"),
    ],
    "quotes": [
        quote("they were withdrawing the case against the former U.S. federal agent on humanitarian grounds",
              "Economic and Financial Crimes Commission", "indirect"),
        quote("We are overjoyed that Tigran is finally on his way home to his wife and children", "Richard Teng",
              "direct"),
        quote('Washington had raised the case "at the highest levels" with Nigerian officials', "Matthew Miller",
              "indirect"),
        quote("at the highest levels", "Matthew Miller", "direct"),
        quote("the money laundering case against Binance itself would continue, as would a separate tax evasion case "
              "brought by the Federal Inland Revenue Service", "Economic and Financial Crimes Commission", "indirect"),
        quote('the government had acted "out of compassion"', "Mohammed Idris", "indirect"),
        quote("out of compassion", "Mohammed Idris", "direct"),
        quote("the decision did not weaken its case against the company", "Mohammed Idris", "indirect"),
        quote("he was suffering from malaria, pneumonia and a herniated disc", "lawyers of Tigran Gambaryan",
              "indirect"),
        quote("a hostage situation", "Rich McCormick", "direct"),
        quote("the courts had to be allowed to do their work", "Government of Nigeria", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["ABUJA", "Abuja"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria", "the country"]),
        entity("Nigerian authorities", "ORG", "NGA", ["Nigerian authorities"]),
        entity("Binance", "ORG", "MNC", ["Binance", "the cryptocurrency exchange", "the company"]),
        entity("Tigran Gambaryan", "PER", "USA", ["Binance executive Tigran Gambaryan", "an American",
                                                  "the former U.S. federal agent", "Gambaryan", "Tigran"]),
        entity("Economic and Financial Crimes Commission", "ORG", "NGA", ["Prosecutors"]),
        entity("Federal High Court of Nigeria", "ORG", "NGA", ["the Federal High Court in Abuja", "A judge"]),
        entity("Emeka Nwite", "PER", "NGA", ["Judge Emeka Nwite"]),
        entity("Kuje prison", "LOC", "NGA", ["Kuje prison"]),
        entity("Richard Teng", "PER", "MNC", ["Binance CEO Richard Teng"]),
        entity("Government of the United States", "ORG", "USA", ["the U.S. government", "Washington"]),
        entity("U.S. Department of State", "ORG", "USA", ["State Department"]),
        entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller"]),
        entity("Nadeem Anjarwalla", "PER", "GBR", ["a colleague, Nadeem Anjarwalla", "Anjarwalla"]),
        entity("Federal Inland Revenue Service", "ORG", "NGA", ["the Federal Inland Revenue Service"]),
        entity("Government of Nigeria", "ORG", "NGA", ["Nigerian officials", "the government",
                                                       "Nigeria's government"]),
        entity("Mohammed Idris", "PER", "NGA", ["Information Minister Mohammed Idris"]),
        entity("lawyers of Tigran Gambaryan", "ORG", "USA", ["his lawyers"]),
        entity("U.S. Congress", "ORG", "USA", ["U.S. lawmakers"]),
        entity("Rich McCormick", "PER", "USA", ["Republican Congressman Rich McCormick"]),
        entity("Internal Revenue Service", "ORG", "USA", ["the U.S. Internal Revenue Service"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
