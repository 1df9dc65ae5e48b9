"""Round 209: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm209-de-01: Peter Mutharika wins Malawi's presidential election; Chakwera concedes, the MCP drops a court challenge, police tear gas at the electoral commission, SADC and the AU praise the vote (2025-09-25).
- hm209-de-02: ADF attack on a Catholic church in Komanda, Ituri; the Islamic State claims it, Monusco condemns, Kinshasa sends reinforcements, civil society blames the army, residents protest (2025-07-28).
- hm209-de-03: Djibouti's Mahmoud Ali Youssouf beats Raila Odinga for the AU Commission chair at the Addis Ababa summit; the M23 urged to leave Goma, Guterres calls for a ceasefire, Lourenço offers talks in Luanda (2025-02-15).
- hm209-de-04: Turkey halts all trade with Israel over Gaza; Katz calls Erdoğan a dictator, Erdoğan blames Netanyahu, the Palestinian Authority welcomes the move, protest at the Israeli embassy in Ankara (2024-05-03).
- hm209-en-01: Washington revokes Colombian President Petro's visa after he urges US soldiers in New York to disobey Trump; Petro, Benedetti and Villavicencio hit back, Cabal blames Petro (2025-09-27).
- hm209-en-02: Masoud Pezeshkian wins Iran's presidential run-off against Jalili; Khamenei, Putin and Xi congratulate, Washington calls the vote unfair and rules out talks, hardliners threaten to block nominees (2024-07-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- de-01 Malawi
MUTHARIKA = actor("Peter Mutharika", "MWI", "PTY")
CHAKWERA = actor("Lazarus Chakwera", "MWI", "GOV")
MALAWIANS = actor("Malawians", "MWI", "CVL")
MCP = actor("Malawi Congress Party", "MWI", "PTY")
MCP_SPOKES = actor("Malawi Congress Party spokesperson", "MWI", "PTY")
MCP_SUPP = actor("Malawi Congress Party supporters", "MWI", "CVL")
MEC = actor("Malawi Electoral Commission", "MWI", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")
MW_POLICE = actor("Malawi Police Service", "MWI", "COP")
SADC = actor("Southern African Development Community", "IGO", "IGO")
AU = actor("African Union", "IGO", "IGO")
MALAWI = actor("Malawi", "MWI", None)

M1 = ("Lilongwe (dpa) - Malawis früherer Präsident Peter Mutharika hat die Präsidentenwahl in dem "
      "südostafrikanischen Land klar gewonnen.")
M2 = ("Die Wahlkommission erklärte den 85-Jährigen am Mittwochabend mit rund 56 Prozent der Stimmen zum Sieger, "
      "Amtsinhaber Lazarus Chakwera kam demnach auf knapp 33 Prozent.")
M3 = ("Chakwera räumte seine Niederlage schon vor der offiziellen Verkündung in einer Fernsehansprache ein und "
      "gratulierte seinem Rivalen.")
M4 = "„Ich rufe alle Malawier auf, das Ergebnis zu respektieren und Ruhe zu bewahren“, sagte er."
M5 = "Chakwera kündigte an, die Amtsgeschäfte geordnet an seinen Nachfolger zu übergeben."
M6 = ("Seine Malawi-Kongresspartei (MCP) hatte der Wahlkommission noch am Vortag Unregelmäßigkeiten bei der "
      "Auszählung in mehreren Bezirken vorgeworfen.")
M7 = "Eine Klage vor dem Verfassungsgericht werde es aber nicht geben, sagte ein Parteisprecher in Lilongwe."
M8 = ("Mutharika versprach in seiner Hochburg Blantyre, rasch mit dem Internationalen Währungsfonds (IWF) über "
      "ein neues Hilfsprogramm zu verhandeln.")
M9 = ("„Die Regierung Chakwera“, rief er Tausenden jubelnden Anhängern zu, „hat dieses Land mit Treibstoffmangel "
      "und Inflation in den Ruin geführt.“")
M10 = "Die Polizei hatte vor der Verkündung zusätzliche Einheiten in Lilongwe und Blantyre zusammengezogen."
M11 = ("In der Hauptstadt lösten Beamte eine Kundgebung von MCP-Anhängern vor dem Sitz der Wahlkommission mit "
       "Tränengas auf.")
M12 = "Die Staatengemeinschaft SADC und die Afrikanische Union lobten den friedlichen Verlauf der Abstimmung."
M13 = "Mutharika, der das Land bereits von 2014 bis 2020 regiert hatte, soll Anfang Oktober vereidigt werden."

DE01 = {
    "id": "hm209-de-01", "lang": "de", "url": None, "published": "2025-09-25",
    "title": "Malawis Ex-Präsident Mutharika gewinnt Wahl – Chakwera räumt Niederlage ein",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9], [M10, M11, M12, M13]),
    "events": [
        event("CONCEDE", CHAKWERA, MUTHARIKA, M3),
        event("SUPPORT", CHAKWERA, MUTHARIKA, M3),
        event("REQUEST", CHAKWERA, MALAWIANS, M4, mode="change"),
        event("AGREE", CHAKWERA, MUTHARIKA, M5),
        event("ACCUSE", MCP, MEC, M6, mode="allege"),
        event("ACCUSE", MCP_SPOKES, MEC, M7, mode="allege", negated=True),
        event("AGREE", MUTHARIKA, IMF, M8),
        event("ACCUSE", MUTHARIKA, CHAKWERA, M9, mode="disapprove", location="Blantyre", location_country="MWI"),
        event("MOBILIZE", MW_POLICE, None, M10, mode="police", location="Lilongwe", location_country="MWI"),
        event("ASSAULT", MW_POLICE, MCP_SUPP, M11, mode="crowd-control", location="Lilongwe",
              location_country="MWI"),
        event("PROTEST", MCP_SUPP, MEC, M11, mode="demo", location="Lilongwe", location_country="MWI"),
        event("SUPPORT", SADC, MALAWI, M12),
        event("SUPPORT", AU, MALAWI, M12),
    ],
    "quotes": [
        quote("Ich rufe alle Malawier auf, das Ergebnis zu respektieren und Ruhe zu bewahren", "Lazarus Chakwera",
              "direct"),
        quote("die Amtsgeschäfte geordnet an seinen Nachfolger zu übergeben", "Lazarus Chakwera", "indirect"),
        quote("Eine Klage vor dem Verfassungsgericht werde es aber nicht geben", "Malawi Congress Party spokesperson",
              "indirect"),
        quote("rasch mit dem Internationalen Währungsfonds (IWF) über ein neues Hilfsprogramm zu verhandeln",
              "Peter Mutharika", "indirect"),
        quote("Die Regierung Chakwera", "Peter Mutharika", "direct"),
        quote("hat dieses Land mit Treibstoffmangel und Inflation in den Ruin geführt", "Peter Mutharika", "direct"),
    ],
    "entities": [
        entity("Peter Mutharika", "PER", "MWI", ["Malawis früherer Präsident Peter Mutharika", "den 85-Jährigen",
                                                  "seinem Rivalen", "seinen Nachfolger", "Mutharika"]),
        entity("Lazarus Chakwera", "PER", "MWI", ["Amtsinhaber Lazarus Chakwera", "Chakwera", "er"]),
        entity("Malawi", "GPE", "MWI", ["Malawis", "dem südostafrikanischen Land", "dieses Land", "das Land"]),
        entity("Malawians", "ORG", "MWI", ["alle Malawier"]),
        entity("Malawi Electoral Commission", "ORG", "MWI", ["Die Wahlkommission", "der Wahlkommission"]),
        entity("Malawi Congress Party", "ORG", "MWI", ["Seine Malawi-Kongresspartei (MCP)"]),
        entity("Malawi Congress Party spokesperson", "PER", "MWI", ["ein Parteisprecher"]),
        entity("Malawi Congress Party supporters", "ORG", "MWI", ["MCP-Anhängern"]),
        entity("Constitutional Court of Malawi", "ORG", "MWI", ["dem Verfassungsgericht"]),
        entity("International Monetary Fund", "ORG", "IGO", ["dem Internationalen Währungsfonds (IWF)"]),
        entity("Malawi Police Service", "ORG", "MWI", ["Die Polizei", "Beamte"]),
        entity("Southern African Development Community", "ORG", "IGO", ["Die Staatengemeinschaft SADC"]),
        entity("African Union", "ORG", "IGO", ["die Afrikanische Union"]),
        entity("Lilongwe", "LOC", "MWI", ["Lilongwe", "der Hauptstadt"]),
        entity("Blantyre", "LOC", "MWI", ["Blantyre", "seiner Hochburg Blantyre"]),
    ],
}

# ---------------------------------------------------------------- de-02 Komanda (DR Congo)
ADF = actor("Allied Democratic Forces", "COD", "REB")
ISIS = actor("Islamic State", None, "REB")
CIVILIANS_COD = actor("Congolese civilians", "COD", "CVL")
FARDC_SPOKES = actor("Armed Forces of the Democratic Republic of the Congo spokesperson", "COD", "MIL")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
MONUSCO = actor("MONUSCO", "UNO", "IGO")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
VICTIM_FAMILIES = actor("families of the Komanda victims", "COD", "CVL")
ITURI_CS = actor("Ituri civil society", "COD", "NGO")
KOMANDA_RES = actor("residents of Komanda", "COD", "CVL")

K1 = ("Bunia (AFP) - Bei einem Angriff der islamistischen Miliz ADF auf eine katholische Kirche im Osten der "
      "Demokratischen Republik Kongo sind mindestens 38 Menschen getötet worden.")
K2 = ("Die Angreifer drangen in der Nacht zum Sonntag mit Macheten und Schusswaffen in das Gotteshaus in der "
      "Stadt Komanda in der Provinz Ituri ein, wo sich Gläubige zu einer Nachtwache versammelt hatten.")
K3 = "Anschließend steckten sie mehrere Häuser und Geschäfte in Brand."
K4 = ("Ein Armeesprecher in Ituri warf der ADF vor, gezielt wehrlose Zivilisten anzugreifen, um sich für "
      "Militäroperationen in ihren Rückzugsgebieten zu rächen.")
K5 = "Die Terrormiliz Islamischer Staat (IS) reklamierte den Angriff über ihre Propagandakanäle für sich."
K6 = ("Die ADF, ursprünglich eine ugandische Rebellengruppe, hat sich dem IS angeschlossen und ist für Tausende "
      "Tote im Ostkongo verantwortlich.")
K7 = "Die UN-Mission Monusco verurteilte das Massaker und sprach von einem „abscheulichen Verbrechen“."
K8 = "Papst Leo XIV. äußerte in Rom seine Bestürzung und betete für die Opfer."
K9 = ("Kongos Regierung kündigte an, Verstärkung nach Komanda zu schicken, und sagte den Familien der Opfer "
      "Unterstützung zu.")
K10 = ("Vertreter der Zivilgesellschaft in Ituri warfen der Armee vor, trotz Warnungen nicht rechtzeitig "
       "eingegriffen zu haben.")
K11 = "Die Armee wies dies zurück."
K12 = ("Die Streitkräfte Kongos und Ugandas gehen seit Ende 2021 in einer gemeinsamen Offensive gegen die ADF "
       "vor.")
K13 = "Bewohner von Komanda demonstrierten am Montag vor dem Rathaus und forderten mehr Schutz."

DE02 = {
    "id": "hm209-de-02", "lang": "de", "url": None, "published": "2025-07-28",
    "title": "Dutzende Tote bei Angriff auf Kirche im Osten Kongos",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9], [K10, K11, K12, K13]),
    "events": [
        event("ASSAULT", ADF, CIVILIANS_COD, K1, mode="massacre", location="Komanda", location_country="COD"),
        event("ASSAULT", ADF, CIVILIANS_COD, K2, mode="primitive", date="2025-07-27", location="Komanda",
              location_country="COD"),
        event("ASSAULT", ADF, CIVILIANS_COD, K3, mode="destroy", location="Komanda", location_country="COD"),
        event("ACCUSE", FARDC_SPOKES, ADF, K4, mode="allege"),
        event("ASSAULT", ISIS, CIVILIANS_COD, K5, mode="massacre", location="Komanda", location_country="COD"),
        event("ACCUSE", MONUSCO, ADF, K7, mode="disapprove"),
        event("MOBILIZE", COD_GOV, None, K9, mode="troops", location="Komanda", location_country="COD"),
        event("AGREE", COD_GOV, VICTIM_FAMILIES, K9),
        event("ACCUSE", ITURI_CS, FARDC, K10, mode="allege"),
        event("PROTEST", KOMANDA_RES, COD_GOV, K13, mode="demo", date="2025-07-28", location="Komanda",
              location_country="COD"),
        event("REQUEST", KOMANDA_RES, COD_GOV, K13, mode="assist", date="2025-07-28"),
    ],
    "quotes": [
        quote("gezielt wehrlose Zivilisten anzugreifen, um sich für Militäroperationen in ihren Rückzugsgebieten zu "
              "rächen", "Armed Forces of the Democratic Republic of the Congo spokesperson", "indirect"),
        quote("abscheulichen Verbrechen", "MONUSCO", "direct"),
        quote("Verstärkung nach Komanda zu schicken", "Government of the Democratic Republic of the Congo",
              "indirect"),
        quote("trotz Warnungen nicht rechtzeitig eingegriffen zu haben", "Ituri civil society", "indirect"),
    ],
    "entities": [
        entity("Allied Democratic Forces", "ORG", "COD", ["der islamistischen Miliz ADF", "Die Angreifer", "sie",
                                                           "der ADF", "Die ADF", "die ADF",
                                                           "eine ugandische Rebellengruppe"]),
        entity("Islamic State", "ORG", None, ["Die Terrormiliz Islamischer Staat (IS)", "dem IS"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Demokratischen Republik Kongo", "Kongos"]),
        entity("Komanda", "LOC", "COD", ["Stadt Komanda", "Komanda"]),
        entity("Ituri", "LOC", "COD", ["Provinz Ituri", "Ituri"]),
        entity("Armed Forces of the Democratic Republic of the Congo spokesperson", "PER", "COD",
               ["Ein Armeesprecher in Ituri"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD",
               ["der Armee", "Die Armee", "Die Streitkräfte Kongos"]),
        entity("Uganda People's Defence Force", "ORG", "UGA", ["Ugandas"]),
        entity("MONUSCO", "ORG", "UNO", ["Die UN-Mission Monusco"]),
        entity("Pope Leo XIV", "PER", "VAT", ["Papst Leo XIV."]),
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Kongos Regierung"]),
        entity("Ituri civil society", "ORG", "COD", ["Vertreter der Zivilgesellschaft in Ituri"]),
        entity("residents of Komanda", "ORG", "COD", ["Bewohner von Komanda"]),
    ],
}

# ---------------------------------------------------------------- de-03 AU Commission election
YOUSSOUF = actor("Mahmoud Ali Youssouf", "DJI", "GOV")
ODINGA = actor("Raila Odinga", "KEN", "OPP")
RUTO = actor("William Ruto", "KEN", "GOV")
AU_PSC = actor("African Union Peace and Security Council", "IGO", "IGO")
M23 = actor("M23", "COD", "REB")
COD_GOV_AU = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
RWANDA = actor("Rwanda", "RWA", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
FARDC_AU = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
LOURENCO = actor("João Lourenço", "AGO", "GOV")

A1 = ("Addis Abeba (dpa) - Dschibutis Außenminister Mahmoud Ali Youssouf wird neuer Vorsitzender der Kommission "
      "der Afrikanischen Union (AU).")
A2 = ("Die Staats- und Regierungschefs wählten den 59-Jährigen am Samstag beim AU-Gipfel in der äthiopischen "
      "Hauptstadt erst im siebten Wahlgang.")
A3 = ("Er setzte sich gegen den früheren kenianischen Regierungschef Raila Odinga durch, der lange als Favorit "
      "gegolten hatte.")
A4 = "Odinga gratulierte seinem Konkurrenten und sicherte ihm seine Unterstützung zu."
A5 = ("Kenias Präsident William Ruto, der monatelang für Odinga geworben hatte, sprach dennoch von einem „Sieg "
      "für ganz Afrika“.")
A6 = "Die Konflikte im Osten Kongos und im Sudan hätten für ihn oberste Priorität, sagte Youssouf nach der Wahl."
A7 = ("Bei einem Sondertreffen des Friedens- und Sicherheitsrats hatten die Teilnehmer am Vortag die "
      "Rebellenmiliz M23 aufgefordert, sich aus der eroberten Stadt Goma zurückzuziehen.")
A8 = "Kinshasa wirft dem Nachbarland Ruanda vor, die M23 mit Tausenden Soldaten zu unterstützen."
A9 = "Kigali weist das zurück."
A10 = ("UN-Generalsekretär António Guterres rief die M23 und die kongolesische Armee in seiner Rede vor dem "
       "Plenum zu einer sofortigen Waffenruhe auf und warnte vor einem „regionalen Flächenbrand“.")
A11 = ("Angolas Präsident João Lourenço übernahm turnusgemäß den AU-Vorsitz von Mauretaniens Staatschef "
       "Mohamed Ould Ghazouani.")
A12 = "Lourenço bot an, Vertreter der kongolesischen Regierung und der M23 in Luanda an einen Tisch zu bringen."
A13 = "Sollten die Rebellen weiter vorrücken, könnten Sanktionen folgen, hieß es aus Diplomatenkreisen."

DE03 = {
    "id": "hm209-de-03", "lang": "de", "url": None, "published": "2025-02-15",
    "title": "Dschibutis Außenminister Youssouf wird neuer AU-Kommissionschef",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11, A12, A13]),
    "events": [
        event("SUPPORT", ODINGA, YOUSSOUF, A4),
        event("AGREE", ODINGA, YOUSSOUF, A4),
        event("SUPPORT", RUTO, YOUSSOUF, A5),
        event("REQUEST", AU_PSC, M23, A7, mode="change", date="2025-02-14", location="Addis Ababa",
              location_country="ETH"),
        event("ACCUSE", COD_GOV_AU, RWANDA, A8, mode="allege"),
        event("REQUEST", GUTERRES, M23, A10, mode="yield", location="Addis Ababa", location_country="ETH"),
        event("REQUEST", GUTERRES, FARDC_AU, A10, mode="yield", location="Addis Ababa", location_country="ETH"),
        event("AGREE", LOURENCO, COD_GOV_AU, A12),
        event("AGREE", LOURENCO, M23, A12),
    ],
    "quotes": [
        quote("Sieg für ganz Afrika", "William Ruto", "direct"),
        quote("Die Konflikte im Osten Kongos und im Sudan hätten für ihn oberste Priorität", "Mahmoud Ali Youssouf",
              "indirect"),
        quote("sich aus der eroberten Stadt Goma zurückzuziehen", "African Union Peace and Security Council",
              "indirect"),
        quote("die M23 mit Tausenden Soldaten zu unterstützen", "Government of the Democratic Republic of the Congo",
              "indirect"),
        quote("regionalen Flächenbrand", "António Guterres", "direct"),
        quote("Vertreter der kongolesischen Regierung und der M23 in Luanda an einen Tisch zu bringen",
              "João Lourenço", "indirect"),
        quote("Sollten die Rebellen weiter vorrücken, könnten Sanktionen folgen", "diplomats", "indirect"),
    ],
    "entities": [
        entity("Mahmoud Ali Youssouf", "PER", "DJI", ["Dschibutis Außenminister Mahmoud Ali Youssouf",
                                                      "den 59-Jährigen", "Er", "seinem Konkurrenten", "ihm",
                                                      "Youssouf"]),
        entity("Djibouti", "GPE", "DJI", ["Dschibutis"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union (AU)", "AU-Gipfel", "AU-Vorsitz"]),
        entity("African Union Commission", "ORG", "IGO", ["der Kommission der Afrikanischen Union (AU)"]),
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba", "der äthiopischen Hauptstadt"]),
        entity("Raila Odinga", "PER", "KEN", ["den früheren kenianischen Regierungschef Raila Odinga", "Odinga"]),
        entity("William Ruto", "PER", "KEN", ["Kenias Präsident William Ruto"]),
        entity("Kenya", "GPE", "KEN", ["Kenias"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Kongos", "Kinshasa"]),
        entity("Sudan", "GPE", "SDN", ["Sudan"]),
        entity("African Union Peace and Security Council", "ORG", "IGO", ["des Friedens- und Sicherheitsrats"]),
        entity("M23", "ORG", "COD", ["die Rebellenmiliz M23", "die M23", "der M23", "die Rebellen"]),
        entity("Goma", "LOC", "COD", ["der eroberten Stadt Goma"]),
        entity("Rwanda", "GPE", "RWA", ["dem Nachbarland Ruanda", "Kigali"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["die kongolesische Armee"]),
        entity("João Lourenço", "PER", "AGO", ["Angolas Präsident João Lourenço", "Lourenço"]),
        entity("Angola", "GPE", "AGO", ["Angolas"]),
        entity("Mohamed Ould Ghazouani", "PER", "MRT", ["Mauretaniens Staatschef Mohamed Ould Ghazouani"]),
        entity("Luanda", "LOC", "AGO", ["Luanda"]),
    ],
}

# ---------------------------------------------------------------- de-04 Turkey halts trade with Israel
TURKEY = actor("Turkey", "TUR", "GOV")
TUR_TRADE = actor("Ministry of Trade of Turkey", "TUR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")
TUR_PROTESTERS = actor("Turkish protesters", "TUR", "CVL")
TUR_POLICE = actor("Turkish police", "TUR", "COP")

T1 = "Istanbul (Reuters) - Die Türkei hat wegen des Gaza-Kriegs ihren gesamten Handel mit Israel auf Eis gelegt."
T2 = ("Ein- und Ausfuhren in beide Richtungen seien ab sofort ausgesetzt, teilte das Handelsministerium in Ankara "
      "am Donnerstag mit.")
T3 = "Die Maßnahme gelte, bis Israel eine ungehinderte Versorgung des Gazastreifens mit Hilfsgütern zulasse."
T4 = ("Bereits Anfang April hatte Ankara die Ausfuhr von 54 Warengruppen, darunter Stahl und Baumaterial, nach "
      "Israel beschränkt.")
T5 = ("Israels Außenminister Israel Katz warf Präsident Recep Tayyip Erdoğan vor, mit dem Schritt gegen "
      "Handelsabkommen zu verstoßen.")
T6 = "„So verhält sich ein Diktator“, schrieb Katz auf der Plattform X."
T7 = ("Man prüfe eine Beschwerde bei der Welthandelsorganisation (WTO), sagte ein Sprecher des "
      "Wirtschaftsministeriums in Jerusalem.")
T8 = ("Erdoğan verteidigte die Entscheidung nach dem Freitagsgebet in Istanbul und warf Regierungschef Benjamin "
      "Netanjahu vor, die ganze Region in Brand zu setzen.")
T9 = "Das Handelsvolumen zwischen beiden Ländern hatte im vergangenen Jahr bei rund sieben Milliarden Dollar gelegen."
T10 = "Die Palästinensische Autonomiebehörde begrüßte den Schritt Ankaras."
T11 = ("Man stimme sich mit der Autonomiebehörde ab, damit Lieferungen für die Palästinenser nicht betroffen seien, "
       "hieß es aus dem Handelsministerium.")
T12 = "Vor der israelischen Botschaft in Ankara demonstrierten am Abend Hunderte Menschen gegen den Gaza-Krieg."
T13 = "Die Polizei riegelte das Gebäude weiträumig ab."

DE04 = {
    "id": "hm209-de-04", "lang": "de", "url": None, "published": "2024-05-03",
    "title": "Türkei stoppt gesamten Handel mit Israel",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11, T12, T13]),
    "events": [
        event("SANCTION", TURKEY, ISRAEL, T1, mode="discontinue"),
        event("SANCTION", TUR_TRADE, ISRAEL, T2, mode="discontinue", date="2024-05-02"),
        event("REQUEST", TUR_TRADE, ISRAEL, T3, mode="change"),
        event("SANCTION", TURKEY, ISRAEL, T4, mode="discontinue"),
        event("ACCUSE", KATZ, ERDOGAN, T5, mode="allege"),
        event("ACCUSE", KATZ, ERDOGAN, T6, mode="disapprove"),
        event("ACCUSE", ERDOGAN, NETANYAHU, T8, mode="allege", date="2024-05-03", location="Istanbul",
              location_country="TUR"),
        event("SUPPORT", PA, TURKEY, T10),
        event("COOPERATE", TUR_TRADE, PA, T11),
        event("PROTEST", TUR_PROTESTERS, ISRAEL, T12, mode="demo", location="Ankara", location_country="TUR"),
        event("COERCE", TUR_POLICE, TUR_PROTESTERS, T13, mode="restrict", location="Ankara",
              location_country="TUR"),
    ],
    "quotes": [
        quote("Ein- und Ausfuhren in beide Richtungen seien ab sofort ausgesetzt", "Ministry of Trade of Turkey",
              "indirect"),
        quote("Die Maßnahme gelte, bis Israel eine ungehinderte Versorgung des Gazastreifens mit Hilfsgütern zulasse",
              "Ministry of Trade of Turkey", "indirect"),
        quote("mit dem Schritt gegen Handelsabkommen zu verstoßen", "Israel Katz", "indirect"),
        quote("So verhält sich ein Diktator", "Israel Katz", "direct"),
        quote("Man prüfe eine Beschwerde bei der Welthandelsorganisation (WTO)",
              "Spokesperson of the Israeli Ministry of Economy", "indirect"),
        quote("die ganze Region in Brand zu setzen", "Recep Tayyip Erdoğan", "indirect"),
        quote("Man stimme sich mit der Autonomiebehörde ab, damit Lieferungen für die Palästinenser nicht betroffen "
              "seien", "Ministry of Trade of Turkey", "indirect"),
    ],
    "entities": [
        entity("Turkey", "GPE", "TUR", ["Die Türkei", "Ankara", "Ankaras"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Gaza Strip", "LOC", "PSE", ["des Gazastreifens"]),
        entity("Ministry of Trade of Turkey", "ORG", "TUR", ["das Handelsministerium in Ankara",
                                                             "dem Handelsministerium"]),
        entity("Israel Katz", "PER", "ISR", ["Israels Außenminister Israel Katz", "Katz"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan", "Erdoğan"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("World Trade Organization", "ORG", "IGO", ["der Welthandelsorganisation (WTO)"]),
        entity("Spokesperson of the Israeli Ministry of Economy", "PER", "ISR",
               ["ein Sprecher des Wirtschaftsministeriums in Jerusalem"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Regierungschef Benjamin Netanjahu"]),
        entity("Palestinian Authority", "ORG", "PSE", ["Die Palästinensische Autonomiebehörde",
                                                       "der Autonomiebehörde"]),
        entity("Palestinians", "ORG", "PSE", ["die Palästinenser"]),
        entity("Embassy of Israel in Ankara", "ORG", "ISR", ["der israelischen Botschaft in Ankara"]),
        entity("Turkish protesters", "ORG", "TUR", ["Hunderte Menschen"]),
        entity("Turkish police", "ORG", "TUR", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- en-01 US revokes Petro's visa
US_STATE = actor("United States Department of State", "USA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
US_SOLDIERS = actor("United States Armed Forces", "USA", "MIL")
USA = actor("United States", "USA", "GOV")
UN = actor("United Nations", "UNO", "IGO")
BENEDETTI = actor("Armando Benedetti", "COL", "GOV")
VILLAVICENCIO = actor("Rosa Villavicencio", "COL", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
CABAL = actor("María Fernanda Cabal", "COL", "OPP")

P1 = ("BOGOTA (Reuters) - The U.S. State Department revoked the visa of Colombian President Gustavo Petro on Friday "
      "after he urged American soldiers at a pro-Palestinian rally in New York to disobey President Donald Trump.")
P2 = ("Speaking through a megaphone outside U.N. headquarters, Petro had called on the soldiers to “disobey the "
      "orders of Trump” and to “obey the orders of humanity.”")
P3 = "Petro's “reckless and incendiary actions” left Washington no choice, the department said on X."
P4 = "Petro, who flew back to Bogota on Saturday, said he did not care about losing the visa."
P5 = ("“I am not only a citizen of Colombia, I am a citizen of the world,” he wrote, accusing Washington of "
      "breaking the rules that guarantee leaders access to the United Nations.")
P6 = "He also called on the U.N. to consider moving its headquarters out of New York."
P7 = "Interior Minister Armando Benedetti called the decision “an insult to Colombia.”"
P8 = ("Foreign Minister Rosa Villavicencio said Bogota would send a formal protest note to Washington but would "
      "not break off relations.")
P9 = ("Earlier in the week, Petro had used his speech to the U.N. General Assembly to call for criminal proceedings "
      "against Trump.")
P10 = ("Opposition senator Maria Fernanda Cabal accused Petro of wrecking ties with Colombia's most important "
       "ally for the sake of applause abroad.")
P11 = "The State Department did not say whether other Colombian officials could also lose their visas."

EN01 = {
    "id": "hm209-en-01", "lang": "en", "url": None, "published": "2025-09-27",
    "title": "U.S. revokes Colombian President Petro's visa over New York speech",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7], [P8, P9, P10, P11]),
    "events": [
        event("COERCE", US_STATE, PETRO, P1, mode="restrict", date="2025-09-26"),
        event("REQUEST", PETRO, US_SOLDIERS, P1, mode="change", location="New York", location_country="USA"),
        event("REQUEST", PETRO, US_SOLDIERS, P2, mode="change", location="New York", location_country="USA"),
        event("ACCUSE", US_STATE, PETRO, P3, mode="disapprove"),
        event("ACCUSE", PETRO, USA, P5, mode="allege"),
        event("REQUEST", PETRO, UN, P6, mode="change"),
        event("ACCUSE", BENEDETTI, USA, P7, mode="disapprove"),
        event("ACCUSE", VILLAVICENCIO, USA, P8, mode="disapprove"),
        event("SANCTION", VILLAVICENCIO, USA, P8, mode="discontinue", negated=True),
        event("ACCUSE", PETRO, TRUMP, P9, mode="allege", location="New York", location_country="USA"),
        event("ACCUSE", CABAL, PETRO, P10, mode="disapprove"),
    ],
    "quotes": [
        quote("disobey the orders of Trump", "Gustavo Petro", "direct"),
        quote("obey the orders of humanity", "Gustavo Petro", "direct"),
        quote("reckless and incendiary actions", "United States Department of State", "direct"),
        quote("Petro's “reckless and incendiary actions” left Washington no choice", "United States Department of State",
              "indirect"),
        quote("he did not care about losing the visa", "Gustavo Petro", "indirect"),
        quote("I am not only a citizen of Colombia, I am a citizen of the world", "Gustavo Petro", "direct"),
        quote("an insult to Colombia", "Armando Benedetti", "direct"),
        quote("Bogota would send a formal protest note to Washington but would not break off relations",
              "Rosa Villavicencio", "indirect"),
    ],
    "entities": [
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department", "the department",
                                                                   "The State Department"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro", "Petro", "he", "Petro's",
                                               "He"]),
        entity("United States Armed Forces", "ORG", "USA", ["American soldiers", "the soldiers"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("United Nations", "ORG", "UNO", ["U.N. headquarters", "the United Nations", "the U.N."]),
        entity("United Nations General Assembly", "ORG", "UNO", ["the U.N. General Assembly"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Bogota", "LOC", "COL", ["BOGOTA", "Bogota"]),
        entity("Colombia", "GPE", "COL", ["Colombia", "Colombia's"]),
        entity("Armando Benedetti", "PER", "COL", ["Interior Minister Armando Benedetti"]),
        entity("Rosa Villavicencio", "PER", "COL", ["Foreign Minister Rosa Villavicencio"]),
        entity("María Fernanda Cabal", "PER", "COL", ["Opposition senator Maria Fernanda Cabal"]),
    ],
}

# ---------------------------------------------------------------- en-02 Iran run-off
PEZESHKIAN = actor("Masoud Pezeshkian", "IRN", "GOV")
JALILI = actor("Saeed Jalili", "IRN", "GOV")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
IRN_POLICE = actor("Iranian police", "IRN", "COP")
PEZ_SUPP = actor("Masoud Pezeshkian supporters", "IRN", "CVL")
IRANIANS = actor("Iranian citizens", "IRN", "CVL")
IRN_HARDLINERS = actor("Iranian ultra-conservative lawmakers", "IRN", "LEG")

I1 = ("DUBAI (AP) - Reformist lawmaker Masoud Pezeshkian has won Iran's presidential run-off, defeating hard-liner "
      "Saeed Jalili in a vote called after President Ebrahim Raisi was killed in a helicopter crash in May.")
I2 = ("Pezeshkian received 16.3 million votes to 13.5 million for Jalili, the Interior Ministry said on Saturday, "
      "with turnout at just under 50%.")
I3 = "Jalili congratulated his rival and said he would respect the result."
I4 = ("“We will extend the hand of friendship to everyone,” Pezeshkian said at the mausoleum of the Islamic "
      "Republic's founder, Ayatollah Ruhollah Khomeini.")
I5 = ("Supreme Leader Ayatollah Ali Khamenei congratulated Pezeshkian and urged him to continue on the path of his "
      "late predecessor.")
I6 = ("Russian President Vladimir Putin and Chinese President Xi Jinping also sent messages of congratulation, and "
      "Putin said he hoped to deepen cooperation with Tehran.")
I7 = "The vote was neither free nor fair, State Department spokesman Matthew Miller said in Washington."
I8 = "The United States had no plans to resume talks with Tehran on its nuclear program, he added."
I9 = ("Thousands of Pezeshkian's supporters took to the streets of Tehran overnight, waving green flags and honking "
      "car horns.")
I10 = "Police stood by and made no arrests, witnesses said."
I11 = ("Pezeshkian, a 69-year-old heart surgeon, has pledged to ease internet restrictions and the enforcement of "
       "the mandatory headscarf law.")
I12 = "Ultra-conservative lawmakers warned that they would block any cabinet nominees seen as too close to the West."

EN02 = {
    "id": "hm209-en-02", "lang": "en", "url": None, "published": "2024-07-06",
    "title": "Reformist Pezeshkian wins Iran's presidential run-off",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12]),
    "events": [
        event("SUPPORT", JALILI, PEZESHKIAN, I3),
        event("AGREE", PEZESHKIAN, None, I4, location="Tehran", location_country="IRN"),
        event("SUPPORT", KHAMENEI, PEZESHKIAN, I5),
        event("REQUEST", KHAMENEI, PEZESHKIAN, I5, mode="change"),
        event("SUPPORT", PUTIN, PEZESHKIAN, I6),
        event("SUPPORT", XI, PEZESHKIAN, I6),
        event("AGREE", PUTIN, IRAN, I6),
        event("ACCUSE", MILLER, IRAN, I7, mode="disapprove"),
        event("AGREE", USA_GOV, IRAN, I8, negated=True),
        event("COERCE", IRN_POLICE, PEZ_SUPP, I10, mode="arrest", location="Tehran", location_country="IRN",
              negated=True),
        event("CONCEDE", PEZESHKIAN, IRANIANS, I11),
        event("THREATEN", IRN_HARDLINERS, PEZESHKIAN, I12),
    ],
    "quotes": [
        quote("Pezeshkian received 16.3 million votes to 13.5 million for Jalili", "Ministry of Interior of Iran",
              "indirect"),
        quote("he would respect the result", "Saeed Jalili", "indirect"),
        quote("We will extend the hand of friendship to everyone", "Masoud Pezeshkian", "direct"),
        quote("he hoped to deepen cooperation with Tehran", "Vladimir Putin", "indirect"),
        quote("The vote was neither free nor fair", "Matthew Miller", "indirect"),
        quote("The United States had no plans to resume talks with Tehran on its nuclear program", "Matthew Miller",
              "indirect"),
        quote("Police stood by and made no arrests", "witnesses", "indirect"),
        quote("they would block any cabinet nominees seen as too close to the West",
              "Iranian ultra-conservative lawmakers", "indirect"),
    ],
    "entities": [
        entity("Masoud Pezeshkian", "PER", "IRN", ["Reformist lawmaker Masoud Pezeshkian", "Pezeshkian",
                                                   "his rival", "him", "Pezeshkian's",
                                                   "a 69-year-old heart surgeon"]),
        entity("Saeed Jalili", "PER", "IRN", ["hard-liner Saeed Jalili", "Jalili"]),
        entity("Iran", "GPE", "IRN", ["Iran's", "Tehran"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["President Ebrahim Raisi", "his late predecessor"]),
        entity("Ministry of Interior of Iran", "ORG", "IRN", ["the Interior Ministry"]),
        entity("Ruhollah Khomeini", "PER", "IRN", ["the Islamic Republic's founder, Ayatollah Ruhollah Khomeini"]),
        entity("Ali Khamenei", "PER", "IRN", ["Supreme Leader Ayatollah Ali Khamenei"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin", "Putin"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping"]),
        entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller", "he"]),
        entity("United States", "GPE", "USA", ["Washington", "The United States"]),
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("Iranian police", "ORG", "IRN", ["Police"]),
        entity("Iranian ultra-conservative lawmakers", "ORG", "IRN", ["Ultra-conservative lawmakers", "they"]),
        entity("the West", "LOC", None, ["the West"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
