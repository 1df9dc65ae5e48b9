"""Round 272: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm272-de-01: Turkey: the Supreme Election Council reverses the Van board's decision and gives the mayoralty back to the DEM's Abdullah Zeydan; his earlier PKK conviction, protests, tear gas and arrests, a 15-day rally ban, Bakırhan and Özel attack Ankara, the Council of Europe's Congress demands respect for the vote, Arvas concedes (2024-04-03).
- hm272-de-02: Turkey: two Islamic State gunmen kill a man during Sunday mass at the Santa Maria church in Istanbul's Sarıyer; the suspects arrested, raids with 47 detentions, the IS claims the attack, Erdoğan phones the priest and threatens, Pope Francis and Tajani react, prosecutors investigate (2024-01-29).
- hm272-de-03: Georgia: Russian occupation troops shoot dead Tamaz Ginturi and detain Levan Dotiashvili near Kirbali at the South Ossetian line; Garibashvili and the foreign ministry demand his release and condemnation, EUMM hotline, Tskhinvali accuses the men and rejects a special IPRM meeting, Zourabichvili attacks the government, the U.S. embassy condemns (2023-11-07).
- hm272-de-04: Russia: the Kremlin accuses Ukraine of a drone attack on the Kremlin aimed at Putin and threatens retaliation; Zelensky denies, Medvedev and Volodin threaten Kyiv, Sobyanin bans drone flights, Blinken doubts the claim, Podolyak accuses Moscow, Russian shelling of Kherson (2023-05-03).
- hm272-en-01: Greece: nine Egyptians arrested after the migrant trawler sinks off Pylos; coast guard and navy rescue 104, Frontex had shared its sighting, Alarm Phone accuses Athens, protests and tear gas in Athens, UNHCR and IOM appeal to the EU, Johansson pledges help, Tsipras blames the EU, Cairo in contact with Athens (2023-06-15).
- hm272-en-02: United Kingdom: rioters attack police outside the Southport mosque a day after the knife attack on a children's dance class; the 17-year-old suspect's arrest, reinforcements, no arrests overnight but an inquiry, Starmer and Cooper condemn, police blame EDL supporters, the mosque's chairman thanks police (2024-07-31).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm272-de-01 (Turkey, Van mayoralty restored to Zeydan)
YSK = actor("Supreme Election Council of Turkey", "TUR", "JUD")
ZEYDAN = actor("Abdullah Zeydan", "TUR", "OPP")
VAN_BOARD = actor("Van Provincial Election Board", "TUR", "JUD")
DEM_SUPPORTERS = actor("supporters of the DEM Party", "TUR", "CVL")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
VAN_GOVERNOR = actor("Ozan Balcı", "TUR", "GOV")
BAKIRHAN = actor("Tuncer Bakırhan", "TUR", "OPP")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
OZEL = actor("Özgür Özel", "TUR", "OPP")
CLRA = actor("Congress of Local and Regional Authorities of the Council of Europe", "IGO", "IGO")
ARVAS = actor("Abdulahat Arvas", "TUR", "PTY")
TUR_COURT = actor("Turkish court", "TUR", "JUD")
KURDISH_MAYORS = actor("elected pro-Kurdish mayors", "TUR", "OPP")

V1 = ("Istanbul (dpa) - Die Hohe Wahlkommission der Türkei hat am Mittwoch nach heftigen Protesten die Absetzung "
      "des prokurdischen Wahlsiegers Abdullah Zeydan in Van rückgängig gemacht.")
V2 = "Zeydan hatte die Kommunalwahl in der osttürkischen Stadt am Sonntag mit rund 55 Prozent gewonnen."
V3 = ("Die örtliche Wahlbehörde hatte ihm am Dienstag die Urkunde verweigert und das Amt dem unterlegenen "
      "Kandidaten der Regierungspartei AKP, Abdulahat Arvas, zugesprochen.")
V4 = ("Sie berief sich auf ein Schreiben des Justizministeriums, wonach Zeydan seine politischen Rechte nach einer "
      "früheren Verurteilung nicht zurückerhalten habe.")
V4B = ("Ein türkisches Gericht hatte den früheren Abgeordneten 2019 wegen Unterstützung der verbotenen PKK zu "
       "gut acht Jahren Haft verurteilt.")
V5 = "In Van, Hakkari und Diyarbakır gingen daraufhin Tausende Anhänger der DEM-Partei auf die Straße."
V6 = "Die Polizei setzte Tränengas und Wasserwerfer ein und nahm Dutzende Demonstranten fest."
V7 = "Der Gouverneur von Van verbot sämtliche Kundgebungen in der Provinz für 15 Tage."
V8 = ("DEM-Kochef Tuncer Bakırhan warf der Regierung in Ankara vor, mit einem „politischen Putsch“ den Willen der "
      "Wähler zu missachten.")
V9 = ("Auch CHP-Chef Özgür Özel stellte sich hinter Zeydan und forderte die Wahlkommission auf, die Entscheidung "
      "zu korrigieren.")
V10 = ("Der Kongress der Gemeinden und Regionen des Europarats verlangte von Ankara, das Ergebnis der Wahl zu "
       "respektieren.")
V11 = "Arvas erklärte am Mittwoch, er akzeptiere den Beschluss und verzichte auf das Amt."
V13 = "Schon 2019 hatte die Regierung in Van gewählte prokurdische Bürgermeister durch Zwangsverwalter ersetzt."

DE01 = {
    "id": "hm272-de-01", "lang": "de", "url": None, "published": "2024-04-03",
    "title": "Nach Protesten: Wahlkommission gibt Zeydan das Bürgermeisteramt in Van zurück",
    "text": paragraphs([V1, V2, V3, V4, V4B], [V5, V6, V7], [V8, V9, V10], [V11, V13]),
    "events": [
        event("RETREAT", YSK, ZEYDAN, V1, date="2024-04-03"),
        event("COERCE", VAN_BOARD, ZEYDAN, V3, mode="restrict", date="2024-04-02", location="Van",
              location_country="TUR"),
        event("SANCTION", TUR_COURT, ZEYDAN, V4B, mode="convict"),
        event("PROTEST", DEM_SUPPORTERS, VAN_BOARD, V5, mode="demo"),
        event("ASSAULT", TUR_POLICE, DEM_SUPPORTERS, V6, mode="crowd-control"),
        event("COERCE", TUR_POLICE, DEM_SUPPORTERS, V6, mode="arrest"),
        event("COERCE", VAN_GOVERNOR, None, V7, mode="ban", location="Van", location_country="TUR"),
        event("ACCUSE", BAKIRHAN, TUR_GOV, V8, mode="disapprove"),
        event("SUPPORT", OZEL, ZEYDAN, V9),
        event("REQUEST", OZEL, YSK, V9, mode="change"),
        event("REQUEST", CLRA, TUR_GOV, V10, mode="change"),
        event("CONCEDE", ARVAS, ZEYDAN, V11, date="2024-04-03"),
        event("COERCE", TUR_GOV, KURDISH_MAYORS, V13, mode="restrict"),
    ],
    "quotes": [
        quote("Zeydan seine politischen Rechte nach einer früheren Verurteilung nicht zurückerhalten habe",
              "Ministry of Justice of Turkey", "indirect"),
        quote("politischen Putsch", "Tuncer Bakırhan", "direct"),
        quote("mit einem „politischen Putsch“ den Willen der Wähler zu missachten", "Tuncer Bakırhan", "indirect"),
        quote("er akzeptiere den Beschluss und verzichte auf das Amt", "Abdulahat Arvas", "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Supreme Election Council of Turkey", "ORG", "TUR", ["Die Hohe Wahlkommission der Türkei",
                                                                      "die Wahlkommission"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei"]),
        entity("Abdullah Zeydan", "PER", "TUR", ["des prokurdischen Wahlsiegers Abdullah Zeydan", "Zeydan",
                                                 "den früheren Abgeordneten"]),
        entity("Van", "LOC", "TUR", ["Van", "der osttürkischen Stadt", "der Provinz"]),
        entity("Van Provincial Election Board", "ORG", "TUR", ["Die örtliche Wahlbehörde"]),
        entity("Justice and Development Party", "ORG", "TUR", ["der Regierungspartei AKP"]),
        entity("Abdulahat Arvas", "PER", "TUR", ["dem unterlegenen Kandidaten der Regierungspartei AKP, "
                                                  "Abdulahat Arvas", "Arvas"]),
        entity("Ministry of Justice of Turkey", "ORG", "TUR", ["des Justizministeriums"]),
        entity("Turkish court", "ORG", "TUR", ["Ein türkisches Gericht"]),
        entity("Kurdistan Workers' Party", "ORG", None, ["der verbotenen PKK"]),
        entity("Hakkari", "LOC", "TUR", ["Hakkari"]),
        entity("Diyarbakır", "LOC", "TUR", ["Diyarbakır"]),
        entity("Peoples' Equality and Democracy Party", "ORG", "TUR", ["DEM-Partei", "DEM"]),
        entity("supporters of the DEM Party", "ORG", "TUR", ["Tausende Anhänger der DEM-Partei",
                                                              "Dutzende Demonstranten"]),
        entity("Turkish police", "ORG", "TUR", ["Die Polizei"]),
        entity("Ozan Balcı", "PER", "TUR", ["Der Gouverneur von Van"]),
        entity("Tuncer Bakırhan", "PER", "TUR", ["DEM-Kochef Tuncer Bakırhan"]),
        entity("Government of Turkey", "ORG", "TUR", ["der Regierung in Ankara", "Ankara", "die Regierung"]),
        entity("Özgür Özel", "PER", "TUR", ["CHP-Chef Özgür Özel"]),
        entity("Republican People's Party", "ORG", "TUR", ["CHP"]),
        entity("Congress of Local and Regional Authorities of the Council of Europe", "ORG", "IGO",
               ["Der Kongress der Gemeinden und Regionen des Europarats"]),
        entity("Council of Europe", "ORG", "IGO", ["des Europarats"]),
    ],
}

# ---------------------------------------------------------------- hm272-de-02 (Turkey, attack on the Santa Maria church)
CHURCH_GUNMEN = actor("gunmen who attacked the Santa Maria Church", None, "REB")
CIHAN = actor("Tuncer Cihan", "TUR", "CVL")
CONGREGATION = actor("congregation of the Santa Maria Church in Istanbul", "TUR", "CVL")
YERLIKAYA = actor("Ali Yerlikaya", "TUR", "GOV")
ISLAMIC_STATE = actor("Islamic State", None, "REB")
TUR_SECURITY = actor("Turkish security forces", "TUR", "COP")
IS_SUSPECTS = actor("suspected Islamic State supporters in Turkey", "TUR", "REB")
IST_PROSECUTOR = actor("Istanbul Chief Public Prosecutor's Office", "TUR", "JUD")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
SM_PRIEST = actor("priest of the Santa Maria Church in Istanbul", "TUR", "CVL")
POPE_FRANCIS = actor("Pope Francis", "VAT", "GOV")
TAJANI = actor("Antonio Tajani", "ITA", "GOV")

S1 = ("Istanbul (AFP) - Bei einem Angriff auf eine katholische Kirche in Istanbul haben zwei maskierte Bewaffnete "
      "einen Mann erschossen.")
S2 = ("Die Täter hätten am Sonntagvormittag während der Messe in der Kirche Santa Maria im Stadtteil Sarıyer das "
      "Feuer eröffnet, teilte Innenminister Ali Yerlikaya mit.")
S3 = "Das Opfer, der 52-jährige Tuncer Cihan, starb noch am Tatort."
S4 = "Die Polizei nahm die beiden mutmaßlichen Angreifer in der Nacht zum Montag fest."
S5 = "Nach Angaben des Ministers stammen sie aus Tadschikistan und Russland."
S6 = "Die Terrormiliz Islamischer Staat (IS) reklamierte den Anschlag über ihr Sprachrohr Amak für sich."
S7 = "Bei Razzien in 30 Provinzen nahmen Sicherheitskräfte am Montag 47 mutmaßliche IS-Anhänger fest."
S8 = "Die Istanbuler Staatsanwaltschaft leitete Ermittlungen wegen Mordes und Terrorismus ein."
S9 = "Präsident Recep Tayyip Erdoğan telefonierte mit dem Priester der Gemeinde."
S10 = "Die Verantwortlichen würden „mit aller Härte“ zur Rechenschaft gezogen, sagte er."
S11 = "Papst Franziskus bekundete beim Angelusgebet in Rom seine Nähe zu den Gläubigen in Istanbul."
S12 = "Die Kirche wird von italienischen Franziskanern betreut."
S13 = ("Italiens Außenminister Antonio Tajani verurteilte den Anschlag und bot Ankara die Hilfe italienischer "
       "Ermittler an.")
S14 = "In der Türkei, die rund 85 Millionen Einwohner hat, sind Christen nur eine kleine Minderheit."

DE02 = {
    "id": "hm272-de-02", "lang": "de", "url": None, "published": "2024-01-29",
    "title": "Tödlicher Angriff auf katholische Kirche in Istanbul",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S8], [S9, S10, S11, S12, S13], [S14]),
    "events": [
        event("ASSAULT", CHURCH_GUNMEN, CIHAN, S1, mode="firearms", location="Istanbul", location_country="TUR"),
        event("ASSAULT", CHURCH_GUNMEN, CONGREGATION, S2, mode="firearms", date="2024-01-28", location="Sarıyer",
              location_country="TUR"),
        event("COERCE", TUR_POLICE, CHURCH_GUNMEN, S4, mode="arrest", date="2024-01-29"),
        event("ASSAULT", ISLAMIC_STATE, CONGREGATION, S6, mode="firearms", location="Sarıyer",
              location_country="TUR"),
        event("COERCE", TUR_SECURITY, IS_SUSPECTS, S7, mode="arrest", date="2024-01-29", location_country="TUR"),
        event("ACCUSE", IST_PROSECUTOR, CHURCH_GUNMEN, S8, mode="investigate"),
        event("CONSULT", ERDOGAN, SM_PRIEST, S9, mode="phone"),
        event("THREATEN", ERDOGAN, CHURCH_GUNMEN, S10),
        event("SUPPORT", POPE_FRANCIS, CONGREGATION, S11),
        event("ACCUSE", TAJANI, CHURCH_GUNMEN, S13, mode="disapprove"),
        event("AGREE", TAJANI, TUR_GOV, S13),
    ],
    "quotes": [
        quote("Die Täter hätten am Sonntagvormittag während der Messe in der Kirche Santa Maria im Stadtteil Sarıyer "
              "das Feuer eröffnet", "Ali Yerlikaya", "indirect"),
        quote("stammen sie aus Tadschikistan und Russland", "Ali Yerlikaya", "indirect"),
        quote("mit aller Härte", "Recep Tayyip Erdoğan", "direct"),
        quote("Die Verantwortlichen würden „mit aller Härte“ zur Rechenschaft gezogen", "Recep Tayyip Erdoğan",
              "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Santa Maria Church (Istanbul)", "LOC", "TUR", ["eine katholische Kirche", "der Kirche Santa Maria",
                                                              "Die Kirche"]),
        entity("gunmen who attacked the Santa Maria Church", "PER", None, ["zwei maskierte Bewaffnete", "Die Täter",
                                                                           "die beiden mutmaßlichen Angreifer"]),
        entity("Tuncer Cihan", "PER", "TUR", ["einen Mann", "Das Opfer, der 52-jährige Tuncer Cihan"]),
        entity("Sarıyer", "LOC", "TUR", ["Stadtteil Sarıyer"]),
        entity("Ali Yerlikaya", "PER", "TUR", ["Innenminister Ali Yerlikaya", "des Ministers"]),
        entity("Turkish police", "ORG", "TUR", ["Die Polizei"]),
        entity("Tajikistan", "LOC", "TJK", ["Tadschikistan"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Islamic State", "ORG", None, ["Die Terrormiliz Islamischer Staat (IS)", "IS-Anhänger"]),
        entity("Amaq News Agency", "ORG", None, ["ihr Sprachrohr Amak"]),
        entity("Turkish security forces", "ORG", "TUR", ["Sicherheitskräfte"]),
        entity("Istanbul Chief Public Prosecutor's Office", "ORG", "TUR", ["Die Istanbuler Staatsanwaltschaft"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("priest of the Santa Maria Church in Istanbul", "PER", "TUR", ["dem Priester der Gemeinde"]),
        entity("congregation of the Santa Maria Church in Istanbul", "ORG", "TUR",
               ["der Gemeinde", "den Gläubigen in Istanbul"]),
        entity("Pope Francis", "PER", "VAT", ["Papst Franziskus"]),
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Order of Friars Minor Conventual", "ORG", "ITA", ["italienischen Franziskanern"]),
        entity("Antonio Tajani", "PER", "ITA", ["Italiens Außenminister Antonio Tajani"]),
        entity("Italy", "LOC", "ITA", ["Italiens"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei"]),
    ],
}

# ---------------------------------------------------------------- hm272-de-03 (Georgia, civilian shot near Kirbali)
RUS_OCC = actor("Russian occupation forces in South Ossetia", "RUS", "MIL")
GINTURI = actor("Tamaz Ginturi", "GEO", "CVL")
DOTIASHVILI = actor("Levan Dotiashvili", "GEO", "CVL")
GARIBASHVILI = actor("Irakli Garibashvili", "GEO", "GOV")
GEO_MFA = actor("Ministry of Foreign Affairs of Georgia", "GEO", "GOV")
EU = actor("European Union", "EUR", "IGO")
USA = actor("United States", "USA", "GOV")
EUMM = actor("European Union Monitoring Mission in Georgia", "EUR", "IGO")
RUSSIA = actor("Russia", "RUS", "GOV")
SO_AUTH = actor("de facto authorities of South Ossetia", "GEO", "GOV")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
ZOURABICHVILI = actor("Salome Zourabichvili", "GEO", "GOV")
US_EMBASSY_TBILISI = actor("U.S. Embassy in Tbilisi", "USA", "GOV")

G1 = ("Tiflis (dpa) - Russische Soldaten haben an der Verwaltungsgrenze zur abtrünnigen georgischen Region "
      "Südossetien einen Zivilisten erschossen und seinen Begleiter festgenommen.")
G2 = ("Der Vorfall habe sich am Montag nahe dem Dorf Kirbali in der Region Gori ereignet, teilte der georgische "
      "Staatssicherheitsdienst mit.")
G3 = "Der getötete Tamas Ginturi habe eine Kapelle nahe der Trennlinie besucht, hieß es."
G4 = ("Regierungschef Irakli Garibaschwili sprach von einem „kaltblütigen Mord“ und forderte die sofortige "
      "Freilassung des zweiten Mannes, Lewan Dotiaschwili.")
G5 = "„Das Besatzungsregime wird für dieses Verbrechen zur Verantwortung gezogen werden“, sagte der Regierungschef."
G6 = "Das Außenministerium rief die Europäische Union und die USA auf, die Tötung zu verurteilen."
G7 = "Die EU-Beobachtermission EUMM nahm über eine Hotline Kontakt mit der russischen Seite auf."
G8 = ("Die De-facto-Behörden in Zchinwali erklärten, die beiden Männer hätten die „Staatsgrenze“ verletzt und sich "
      "der Festnahme widersetzt.")
G9 = ("Eine von Tiflis geforderte Sondersitzung des Mechanismus zur Verhinderung von Zwischenfällen in Ergneti "
      "lehnten sie vorerst ab.")
G10 = "Dotiaschwili ließen die Besatzungstruppen bis Dienstagabend nicht frei."
G11 = "Präsidentin Salome Surabischwili warf der Regierung vor, gegenüber Moskau zu nachgiebig zu sein."
G12 = ("Die US-Botschaft in Tiflis verurteilte die Tötung und forderte Russland auf, seine Truppen gemäß dem "
       "Waffenstillstand von 2008 abzuziehen.")
G13 = "Seit dem Krieg von 2008 sind in Südossetien Tausende russische Soldaten stationiert."

DE03 = {
    "id": "hm272-de-03", "lang": "de", "url": None, "published": "2023-11-07",
    "title": "Russische Soldaten erschießen Georgier an der Grenze zu Südossetien",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9, G10], [G11, G12, G13]),
    "events": [
        event("ASSAULT", RUS_OCC, GINTURI, G1, mode="firearms", location="Kirbali", location_country="GEO"),
        event("COERCE", RUS_OCC, DOTIASHVILI, G1, mode="arrest", location="Kirbali", location_country="GEO"),
        event("ACCUSE", GARIBASHVILI, RUS_OCC, G4, mode="disapprove"),
        event("REQUEST", GARIBASHVILI, RUS_OCC, G4, mode="yield"),
        event("THREATEN", GARIBASHVILI, RUS_OCC, G5),
        event("REQUEST", GEO_MFA, EU, G6),
        event("REQUEST", GEO_MFA, USA, G6),
        event("CONSULT", EUMM, RUSSIA, G7, mode="phone"),
        event("ACCUSE", SO_AUTH, GINTURI, G8, mode="allege"),
        event("ACCUSE", SO_AUTH, DOTIASHVILI, G8, mode="allege"),
        event("REQUEST", GEO_GOV, SO_AUTH, G9, mode="meet"),
        event("REJECT", SO_AUTH, GEO_GOV, G9, mode="meet"),
        event("RETREAT", RUS_OCC, DOTIASHVILI, G10, mode="release", negated=True),
        event("ACCUSE", ZOURABICHVILI, GEO_GOV, G11, mode="disapprove"),
        event("ACCUSE", US_EMBASSY_TBILISI, RUSSIA, G12, mode="disapprove"),
        event("REQUEST", US_EMBASSY_TBILISI, RUSSIA, G12, mode="change"),
    ],
    "quotes": [
        quote("Der Vorfall habe sich am Montag nahe dem Dorf Kirbali in der Region Gori ereignet",
              "State Security Service of Georgia", "indirect"),
        quote("Der getötete Tamas Ginturi habe eine Kapelle nahe der Trennlinie besucht",
              "State Security Service of Georgia", "indirect"),
        quote("kaltblütigen Mord", "Irakli Garibashvili", "direct"),
        quote("Das Besatzungsregime wird für dieses Verbrechen zur Verantwortung gezogen werden", "Irakli Garibashvili",
              "direct"),
        quote("Staatsgrenze", "de facto authorities of South Ossetia", "direct"),
        quote("die beiden Männer hätten die „Staatsgrenze“ verletzt und sich der Festnahme widersetzt",
              "de facto authorities of South Ossetia", "indirect"),
        quote("gegenüber Moskau zu nachgiebig zu sein", "Salome Zourabichvili", "indirect"),
    ],
    "entities": [
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Russian occupation forces in South Ossetia", "ORG", "RUS", ["Russische Soldaten",
                                                                           "die Besatzungstruppen",
                                                                           "Das Besatzungsregime"]),
        entity("South Ossetia", "LOC", "GEO", ["abtrünnigen georgischen Region Südossetien", "Südossetien"]),
        entity("Tamaz Ginturi", "PER", "GEO", ["einen Zivilisten", "Der getötete Tamas Ginturi"]),
        entity("Levan Dotiashvili", "PER", "GEO", ["seinen Begleiter", "des zweiten Mannes, Lewan Dotiaschwili",
                                                   "Dotiaschwili"]),
        entity("Kirbali", "LOC", "GEO", ["dem Dorf Kirbali"]),
        entity("chapel near Kirbali", "LOC", "GEO", ["eine Kapelle nahe der Trennlinie"]),
        entity("Gori Municipality", "LOC", "GEO", ["der Region Gori"]),
        entity("State Security Service of Georgia", "ORG", "GEO", ["der georgische Staatssicherheitsdienst"]),
        entity("Irakli Garibashvili", "PER", "GEO", ["Regierungschef Irakli Garibaschwili", "der Regierungschef"]),
        entity("Ministry of Foreign Affairs of Georgia", "ORG", "GEO", ["Das Außenministerium"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("European Union Monitoring Mission in Georgia", "ORG", "EUR", ["Die EU-Beobachtermission EUMM"]),
        entity("Russia", "LOC", "RUS", ["der russischen Seite", "Russland"]),
        entity("de facto authorities of South Ossetia", "ORG", "GEO", ["Die De-facto-Behörden in Zchinwali"]),
        entity("Tskhinvali", "LOC", "GEO", ["Zchinwali"]),
        entity("Government of Georgia", "ORG", "GEO", ["von Tiflis", "der Regierung"]),
        entity("Incident Prevention and Response Mechanism", "ORG", None,
               ["des Mechanismus zur Verhinderung von Zwischenfällen in Ergneti"]),
        entity("Ergneti", "LOC", "GEO", ["Ergneti"]),
        entity("Salome Zourabichvili", "PER", "GEO", ["Präsidentin Salome Surabischwili"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("U.S. Embassy in Tbilisi", "ORG", "USA", ["Die US-Botschaft in Tiflis"]),
    ],
}

# ---------------------------------------------------------------- hm272-de-04 (Russia, drones over the Kremlin)
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
PODOLYAK = actor("Mykhailo Podolyak", "UKR", "GOV")
MEDVEDEV = actor("Dmitry Medvedev", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
VOLODIN = actor("Vyacheslav Volodin", "RUS", "LEG")
SOBYANIN = actor("Sergei Sobyanin", "RUS", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
RUS_MIL = actor("Russian armed forces", "RUS", "MIL")
KHERSON_CIVILIANS = actor("residents of Kherson", "UKR", "CVL")

K1 = ("Moskau (Reuters) - Russland hat der Ukraine vorgeworfen, mit zwei Drohnen einen Anschlag auf den Kreml "
      "und Präsident Wladimir Putin verübt zu haben.")
K2 = "Die Drohnen seien in der Nacht zum Mittwoch über dem Kreml abgefangen worden, teilte das Präsidialamt mit."
K3 = "Putin sei unverletzt und habe sich zum Zeitpunkt des Vorfalls nicht im Kreml aufgehalten."
K4 = ("Moskau betrachte den Vorfall als geplanten Terrorakt und behalte sich Vergeltung vor, „wo und wann es für "
      "angemessen gehalten wird“.")
K5 = "Der ukrainische Präsident Wolodymyr Selenskyj wies jede Beteiligung zurück."
K6 = "„Wir greifen weder Putin noch Moskau an, wir kämpfen auf unserem eigenen Territorium“, sagte er."
K7 = "Sein Berater Mychajlo Podoljak warf Moskau vor, einen Vorwand für neue Angriffe schaffen zu wollen."
K8 = "Der frühere Präsident Dmitri Medwedew verlangte die „physische Beseitigung“ Selenskyjs und seiner Führung."
K9 = ("Parlamentschef Wjatscheslaw Wolodin forderte den Einsatz von Waffen, die das „Kiewer Regime“ stoppen und "
      "vernichten könnten.")
K10 = ("Moskaus Bürgermeister Sergej Sobjanin verbot mit sofortiger Wirkung alle nicht genehmigten Drohnenflüge "
       "über der Hauptstadt.")
K11 = "Kremlsprecher Dmitri Peskow sagte, die Parade zum Tag des Sieges am 9. Mai werde wie geplant stattfinden."
K12 = "US-Außenminister Antony Blinken sagte, er würde Angaben aus dem Kreml „nicht für bare Münze nehmen“."
K13 = "Washington stellte Kiew am selben Tag weitere Munition im Wert von 300 Millionen Dollar bereit."
K14 = ("Russische Truppen beschossen am Mittwoch die südukrainische Stadt Cherson und trafen unter anderem einen "
       "Supermarkt und den Bahnhof.")

DE04 = {
    "id": "hm272-de-04", "lang": "de", "url": None, "published": "2023-05-03",
    "title": "Moskau wirft Kiew Drohnenangriff auf den Kreml vor",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10, K11], [K12, K13, K14]),
    "events": [
        event("ACCUSE", RUS_GOV, UKR_GOV, K1, mode="allege"),
        event("ACCUSE", RUS_GOV, UKR_GOV, K4, mode="allege"),
        event("THREATEN", RUS_GOV, UKR_GOV, K4, mode="violence"),
        event("ACCUSE", PODOLYAK, RUS_GOV, K7, mode="allege"),
        event("THREATEN", MEDVEDEV, ZELENSKY, K8, mode="violence"),
        event("THREATEN", MEDVEDEV, UKR_GOV, K8, mode="violence"),
        event("THREATEN", VOLODIN, UKR_GOV, K9, mode="violence"),
        event("COERCE", SOBYANIN, None, K10, mode="restrict", location="Moscow", location_country="RUS"),
        event("ACCUSE", BLINKEN, RUS_GOV, K12, mode="disapprove"),
        event("AID", USA, UKR_GOV, K13, date="2023-05-03"),
        event("ASSAULT", RUS_MIL, KHERSON_CIVILIANS, K14, mode="heavy-weapons", date="2023-05-03",
              location="Kherson", location_country="UKR"),
    ],
    "quotes": [
        quote("mit zwei Drohnen einen Anschlag auf den Kreml und Präsident Wladimir Putin verübt zu haben",
              "Presidential Administration of Russia", "indirect"),
        quote("Die Drohnen seien in der Nacht zum Mittwoch über dem Kreml abgefangen worden",
              "Presidential Administration of Russia", "indirect"),
        quote("Putin sei unverletzt und habe sich zum Zeitpunkt des Vorfalls nicht im Kreml aufgehalten",
              "Presidential Administration of Russia", "indirect"),
        quote("wo und wann es für angemessen gehalten wird", "Presidential Administration of Russia", "direct"),
        quote("Moskau betrachte den Vorfall als geplanten Terrorakt und behalte sich Vergeltung vor, „wo und wann es "
              "für angemessen gehalten wird“", "Presidential Administration of Russia", "indirect"),
        quote("Wir greifen weder Putin noch Moskau an, wir kämpfen auf unserem eigenen Territorium",
              "Volodymyr Zelensky", "direct"),
        quote("einen Vorwand für neue Angriffe schaffen zu wollen", "Mykhailo Podolyak", "indirect"),
        quote("physische Beseitigung", "Dmitry Medvedev", "direct"),
        quote("Kiewer Regime", "Vyacheslav Volodin", "direct"),
        quote("die Parade zum Tag des Sieges am 9. Mai werde wie geplant stattfinden", "Dmitry Peskov", "indirect"),
        quote("nicht für bare Münze nehmen", "Antony Blinken", "direct"),
        quote("er würde Angaben aus dem Kreml „nicht für bare Münze nehmen“", "Antony Blinken", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau", "Moskaus", "der Hauptstadt"]),
        entity("Government of Russia", "ORG", "RUS", ["Russland", "Moskau"]),
        entity("Government of Ukraine", "ORG", "UKR", ["der Ukraine", "seiner Führung", "das „Kiewer Regime“",
                                                      "Kiew"]),
        entity("Moscow Kremlin", "LOC", "RUS", ["den Kreml", "dem Kreml"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin", "Putin"]),
        entity("Presidential Administration of Russia", "ORG", "RUS", ["das Präsidialamt"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyjs"]),
        entity("Mykhailo Podolyak", "PER", "UKR", ["Sein Berater Mychajlo Podoljak"]),
        entity("Dmitry Medvedev", "PER", "RUS", ["Der frühere Präsident Dmitri Medwedew"]),
        entity("Vyacheslav Volodin", "PER", "RUS", ["Parlamentschef Wjatscheslaw Wolodin"]),
        entity("Sergei Sobyanin", "PER", "RUS", ["Moskaus Bürgermeister Sergej Sobjanin"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Russian armed forces", "ORG", "RUS", ["Russische Truppen"]),
        entity("Kherson", "LOC", "UKR", ["die südukrainische Stadt Cherson"]),
        entity("Kherson railway station", "LOC", "UKR", ["den Bahnhof"]),
    ],
}

# ---------------------------------------------------------------- hm272-en-01 (Greece, migrant boat sinks off Pylos)
GRC_AUTH = actor("Greek authorities", "GRC", "GOV")
EGY_SUSPECTS = actor("Egyptian smuggling suspects", "EGY", "CVL")
HCG = actor("Hellenic Coast Guard", "GRC", "COP")
GRC_NAVY = actor("Hellenic Navy", "GRC", "MIL")
PYLOS_MIGRANTS = actor("migrants on the trawler that sank off Pylos", None, "CVL")
FRONTEX = actor("Frontex", "EUR", "IGO")
ALARM_PHONE = actor("Alarm Phone", "NGO", "NGO")
GRC_PROTESTERS = actor("protesters in Greece", "GRC", "CVL")
GRC_POLICE = actor("Hellenic Police", "GRC", "COP")
ATHENS_PROTESTERS = actor("protesters in Athens", "GRC", "CVL")
UNHCR = actor("UNHCR", "UNO", "IGO")
IOM = actor("International Organization for Migration", "UNO", "IGO")
JOHANSSON = actor("Ylva Johansson", "EUR", "IGO")
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
TSIPRAS = actor("Alexis Tsipras", "GRC", "OPP")
EGY_MFA = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")

P1 = ("KALAMATA, Greece, June 15 (Reuters) - Greek authorities arrested nine Egyptian men on Thursday on suspicion "
      "of people smuggling after a fishing boat crowded with migrants sank off southwestern Greece, killing at "
      "least 78 people.")
P2 = ("The trawler, which had left Tobruk in eastern Libya bound for Italy, capsized in international waters about "
      "47 nautical miles off Pylos early on Wednesday.")
P3 = ("Coast guard vessels and a navy frigate rescued 104 people, most of them from Egypt, Syria and Pakistan, and "
      "brought them to Kalamata.")
P4 = "The U.N. refugee agency UNHCR said up to 750 people may have been on board."
P5 = ("The European border agency Frontex said one of its aircraft had spotted the boat on Tuesday and alerted "
      "Greek authorities.")
P6 = ('Coast guard spokesman Nikos Alexiou said "there was no request for help" from the boat, which a patrol '
      'vessel had shadowed for hours.')
P7 = ("The activist network Alarm Phone accused the Greek authorities of ignoring distress calls from the boat for "
      "more than a day.")
P8 = ("Thousands of people marched in Athens and Thessaloniki on Thursday evening against what they called the "
      "European Union's deadly migration policy.")
P9 = "In Athens, police fired tear gas at a group of protesters who threw stones at officers outside parliament."
P10 = ("UNHCR and the International Organization for Migration called on the European Union to open more safe and "
       "legal routes for refugees and migrants.")
P11 = ('European Home Affairs Commissioner Ylva Johansson called the sinking "horrifying" and said the EU would help '
       'Athens break up smuggling networks.')
P12 = ('Opposition leader Alexis Tsipras said in Kalamata that EU policies had turned the Mediterranean "into a '
       'watery grave".')
P13 = "Egypt's foreign ministry said it was in contact with Greek authorities to identify Egyptian victims."

EN01 = {
    "id": "hm272-en-01", "lang": "en", "url": None, "published": "2023-06-15",
    "title": "Greece arrests nine Egyptians after deadly migrant shipwreck off Pylos",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7], [P8, P9, P10], [P11, P12, P13]),
    "events": [
        event("COERCE", GRC_AUTH, EGY_SUSPECTS, P1, mode="arrest", date="2023-06-15", location="Kalamata",
              location_country="GRC"),
        event("AID", HCG, PYLOS_MIGRANTS, P3, location="Pylos", location_country="GRC"),
        event("AID", GRC_NAVY, PYLOS_MIGRANTS, P3, location="Pylos", location_country="GRC"),
        event("COOPERATE", FRONTEX, GRC_AUTH, P5),
        event("ACCUSE", ALARM_PHONE, GRC_AUTH, P7, mode="allege"),
        event("PROTEST", GRC_PROTESTERS, EU, P8, mode="demo", date="2023-06-15"),
        event("ASSAULT", GRC_POLICE, ATHENS_PROTESTERS, P9, mode="crowd-control", location="Athens",
              location_country="GRC"),
        event("PROTEST", ATHENS_PROTESTERS, GRC_POLICE, P9, mode="riot", location="Athens", location_country="GRC"),
        event("REQUEST", UNHCR, EU, P10, mode="change"),
        event("REQUEST", IOM, EU, P10, mode="change"),
        event("AGREE", JOHANSSON, GRC_GOV, P11),
        event("ACCUSE", TSIPRAS, EU, P12, mode="disapprove"),
        event("CONSULT", EGY_MFA, GRC_AUTH, P13),
    ],
    "quotes": [
        quote("up to 750 people may have been on board", "UNHCR", "indirect"),
        quote("one of its aircraft had spotted the boat on Tuesday and alerted Greek authorities", "Frontex",
              "indirect"),
        quote("there was no request for help", "Nikos Alexiou", "direct"),
        quote('"there was no request for help" from the boat, which a patrol vessel had shadowed for hours',
              "Nikos Alexiou", "indirect"),
        quote("horrifying", "Ylva Johansson", "direct"),
        quote("the EU would help Athens break up smuggling networks", "Ylva Johansson", "indirect"),
        quote("into a watery grave", "Alexis Tsipras", "direct"),
        quote('EU policies had turned the Mediterranean "into a watery grave"', "Alexis Tsipras", "indirect"),
        quote("it was in contact with Greek authorities to identify Egyptian victims",
              "Ministry of Foreign Affairs of Egypt", "indirect"),
    ],
    "entities": [
        entity("Kalamata", "LOC", "GRC", ["KALAMATA", "Kalamata"]),
        entity("Greece", "LOC", "GRC", ["Greece", "southwestern Greece"]),
        entity("Greek authorities", "ORG", "GRC", ["Greek authorities", "the Greek authorities"]),
        entity("Egyptian smuggling suspects", "PER", "EGY", ["nine Egyptian men"]),
        entity("Adriana (fishing trawler)", "LOC", None, ["a fishing boat crowded with migrants", "The trawler",
                                                          "the boat"]),
        entity("migrants on the trawler that sank off Pylos", "PER", None, ["104 people"]),
        entity("Tobruk", "LOC", "LBY", ["Tobruk"]),
        entity("Libya", "LOC", "LBY", ["eastern Libya"]),
        entity("Italy", "LOC", "ITA", ["Italy"]),
        entity("Pylos", "LOC", "GRC", ["Pylos"]),
        entity("Hellenic Coast Guard", "ORG", "GRC", ["Coast guard vessels", "Coast guard spokesman"]),
        entity("Hellenic Navy", "ORG", "GRC", ["a navy frigate"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Syria", "LOC", "SYR", ["Syria"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("UNHCR", "ORG", "UNO", ["The U.N. refugee agency UNHCR", "UNHCR"]),
        entity("Frontex", "ORG", "EUR", ["The European border agency Frontex"]),
        entity("Nikos Alexiou", "PER", "GRC", ["Coast guard spokesman Nikos Alexiou"]),
        entity("Alarm Phone", "ORG", "NGO", ["The activist network Alarm Phone"]),
        entity("Athens", "LOC", "GRC", ["Athens"]),
        entity("Thessaloniki", "LOC", "GRC", ["Thessaloniki"]),
        entity("European Union", "ORG", "EUR", ["European Union", "EU"]),
        entity("Hellenic Police", "ORG", "GRC", ["police", "officers"]),
        entity("Hellenic Parliament", "LOC", "GRC", ["parliament"]),
        entity("International Organization for Migration", "ORG", "UNO",
               ["the International Organization for Migration"]),
        entity("Ylva Johansson", "PER", "EUR", ["European Home Affairs Commissioner Ylva Johansson"]),
        entity("Government of Greece", "ORG", "GRC", ["Athens"]),
        entity("Alexis Tsipras", "PER", "GRC", ["Opposition leader Alexis Tsipras"]),
        entity("Mediterranean Sea", "LOC", None, ["the Mediterranean"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Egypt's foreign ministry"]),
    ],
}

# ---------------------------------------------------------------- hm272-en-02 (United Kingdom, Southport riot)
SOUTHPORT_RIOTERS = actor("rioters in Southport", "GBR", "CVL")
MERSEYSIDE_POLICE = actor("Merseyside Police", "GBR", "COP")
SOUTHPORT_SUSPECT = actor("17-year-old suspect in the Southport stabbing", "GBR", "CVL")
DANCE_CLASS_CHILDREN = actor("children at the Southport dance class", "GBR", "CVL")
STARMER = actor("Keir Starmer", "GBR", "GOV")
COOPER = actor("Yvette Cooper", "GBR", "GOV")
EDL_SUPPORTERS = actor("supporters of the English Defence League", "GBR", "CVL")
HUSSEIN = actor("Ibrahim Hussein", "GBR", "CVL")

E1 = ("SOUTHPORT, England (AP) - Rioters hurled bricks and bottles at police and set a police van on fire outside "
      "a mosque in the English seaside town of Southport, a day after a knife attack on a children's dance class "
      "left three young girls dead.")
E2 = "Merseyside Police said 53 officers were injured in Tuesday night's violence, eight of them seriously."
E3 = "The force brought in reinforcements from neighbouring forces overnight."
E4 = ("The violence erupted after false claims spread online that the 17-year-old suspect in Monday's stabbings was "
      "a Muslim asylum-seeker.")
E5 = ("The teenager, who was born in Cardiff to Rwandan parents, was arrested at the scene on suspicion of murder "
      "and attempted murder.")
E6 = ("Bebe King, 6, Elsie Dot Stancombe, 7, and Alice da Silva Aguiar, 9, died of their injuries, and eight more "
      "children and two adults remain in hospital.")
E7 = ('Prime Minister Keir Starmer said the rioters would "feel the full force of the law" and condemned the attack '
      'on officers and the mosque.')
E8 = 'Home Secretary Yvette Cooper called the violence "disgraceful" and said the grieving families deserved better.'
E9 = ("Police said they believed the rioters included supporters of the English Defence League, a far-right "
      "group.")
E10 = ("Officers made no arrests during the unrest, and detectives were examining video footage to identify those "
       "responsible.")
E11 = ("The mosque's chairman, Ibrahim Hussein, thanked police for protecting the worshippers who had been trapped "
       "inside.")

EN02 = {
    "id": "hm272-en-02", "lang": "en", "url": None, "published": "2024-07-31",
    "title": "Rioters attack police at Southport mosque after deadly stabbing at children's dance class",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9], [E10, E11]),
    "events": [
        event("PROTEST", SOUTHPORT_RIOTERS, MERSEYSIDE_POLICE, E1, mode="riot", location="Southport",
              location_country="GBR"),
        event("ASSAULT", SOUTHPORT_SUSPECT, DANCE_CLASS_CHILDREN, E1, mode="primitive", location="Southport",
              location_country="GBR"),
        event("MOBILIZE", MERSEYSIDE_POLICE, None, E3, mode="police", location="Southport", location_country="GBR"),
        event("COERCE", MERSEYSIDE_POLICE, SOUTHPORT_SUSPECT, E5, mode="arrest", location="Southport",
              location_country="GBR"),
        event("THREATEN", STARMER, SOUTHPORT_RIOTERS, E7, mode="arrest"),
        event("ACCUSE", STARMER, SOUTHPORT_RIOTERS, E7, mode="disapprove"),
        event("ACCUSE", COOPER, SOUTHPORT_RIOTERS, E8, mode="disapprove"),
        event("ACCUSE", MERSEYSIDE_POLICE, EDL_SUPPORTERS, E9, mode="allege"),
        event("COERCE", MERSEYSIDE_POLICE, SOUTHPORT_RIOTERS, E10, mode="arrest", negated=True),
        event("ACCUSE", MERSEYSIDE_POLICE, SOUTHPORT_RIOTERS, E10, mode="investigate"),
        event("SUPPORT", HUSSEIN, MERSEYSIDE_POLICE, E11),
    ],
    "quotes": [
        quote("53 officers were injured in Tuesday night's violence, eight of them seriously", "Merseyside Police",
              "indirect"),
        quote("feel the full force of the law", "Keir Starmer", "direct"),
        quote('the rioters would "feel the full force of the law"', "Keir Starmer", "indirect"),
        quote("disgraceful", "Yvette Cooper", "direct"),
        quote("the grieving families deserved better", "Yvette Cooper", "indirect"),
        quote("they believed the rioters included supporters of the English Defence League, a far-right group",
              "Merseyside Police", "indirect"),
    ],
    "entities": [
        entity("Southport", "LOC", "GBR", ["SOUTHPORT", "the English seaside town of Southport"]),
        entity("England", "LOC", "GBR", ["England"]),
        entity("rioters in Southport", "ORG", "GBR", ["Rioters", "the rioters"]),
        entity("Merseyside Police", "ORG", "GBR", ["police", "Merseyside Police", "The force", "Police", "Officers",
                                                   "officers", "detectives"]),
        entity("Southport Mosque", "LOC", "GBR", ["a mosque", "the mosque", "The mosque's"]),
        entity("17-year-old suspect in the Southport stabbing", "PER", "GBR",
               ["the 17-year-old suspect", "The teenager"]),
        entity("Cardiff", "LOC", "GBR", ["Cardiff"]),
        entity("Bebe King", "PER", "GBR", ["Bebe King"]),
        entity("Elsie Dot Stancombe", "PER", "GBR", ["Elsie Dot Stancombe"]),
        entity("Alice da Silva Aguiar", "PER", "GBR", ["Alice da Silva Aguiar"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer"]),
        entity("Yvette Cooper", "PER", "GBR", ["Home Secretary Yvette Cooper"]),
        entity("English Defence League", "ORG", "GBR", ["the English Defence League, a far-right group"]),
        entity("Ibrahim Hussein", "PER", "GBR", ["The mosque's chairman, Ibrahim Hussein"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
