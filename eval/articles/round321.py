"""Round 309: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm321-de-01: Honduras: Carlos Zelaya quits as secretary of Congress and his son José Manuel Zelaya as defence minister after the InSight Crime video of a 2013 meeting with Los Cachiros; Castro condemns and demands an inquiry, prosecutors investigate, the National Party demands Castro's resignation, protest without arrests, the extradition treaty row with Dogu recalled (2024-09-01).
- hm321-de-02: NATO: Steadfast Defender 2024 begins with the USS Gunston Hall leaving Norfolk; 90,000 troops and Sweden take part, Bauer urges preparation for war, Bundeswehr's Quadriga, Pistorius welcomes it, Grushko accuses and warns NATO, Putin's threat to Finland recalled (2024-01-24).
- hm321-de-03: Canada/United States: Trudeau flies to Mar-a-Lago for dinner with Trump after the 25 percent tariff threat; Trump praises the talks but keeps the threat, LeBlanc promises border reinforcements, Poilievre and Ford react, Sheinbaum's call with Trump (2024-11-30).
- hm321-de-04: United States/Cuba: the first migrants from Venezuela are flown to Guantánamo; Leavitt calls them gang members, Pentagon troops build tents, Díaz-Canel and Rodríguez object, the ACLU is refused access, Caracas agrees to take deportees back (2025-02-05).
- hm321-en-01: Caribbean/United States: Caribbean leaders reject Rubio's expanded visa restrictions over Cuba's medical missions; Rowley, Gonsalves and Mottley would give up their visas, Cuba's aid to Barbados recalled, Rodríguez accuses Washington, the State Department holds firm, Rubio to visit Jamaica (2025-03-06).
- hm321-en-02: United States/Mexico: Ismael "El Mayo" Zambada pleads guilty in Brooklyn; Cogan accepts the plea, $15 billion forfeiture, Bondi warns cartel leaders, the El Paso arrest and abduction claim, treason probe, a firefight in Culiacán, Sheinbaum asks Washington for evidence (2025-08-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm321-de-01 (Honduras, Zelaya resignations)
HN_C_ZELAYA = actor("Carlos Zelaya", "HND", "LEG")
HN_JM_ZELAYA = actor("José Manuel Zelaya", "HND", "GOV")
HN_CACHIROS = actor("Los Cachiros", "HND", "CVL")
HN_PM = actor("Public Ministry of Honduras", "HND", "JUD")
HN_CASTRO = actor("Xiomara Castro", "HND", "GOV")
HN_JOHEL = actor("Johel Zelaya", "HND", "JUD")
HN_PNH = actor("National Party of Honduras", "HND", "OPP")
HN_LIBRE = actor("Liberty and Refoundation", "HND", "PTY")
HN_PROTESTERS = actor("opposition protesters in Tegucigalpa", "HND", "OPP")
HN_POLICE = actor("National Police of Honduras", "HND", "COP")
HN_GOV = actor("Government of Honduras", "HND", "GOV")
HN_USA = actor("United States", "USA", "GOV")
HN_DOGU = actor("Laura Dogu", "USA", "GOV")
HN_PADRINO = actor("Vladimir Padrino López", "VEN", "GOV")

H1 = ("Tegucigalpa (AFP) - Nach der Veröffentlichung eines Videos über ein Treffen mit Drogenhändlern ist der "
      "Schwager der honduranischen Präsidentin Xiomara Castro, Carlos Zelaya, als Sekretär des Parlaments "
      "zurückgetreten.")
H2 = "Am Sonntag gab auch sein Sohn José Manuel Zelaya sein Amt als Verteidigungsminister auf."
H3 = ("Das von der Rechercheplattform InSight Crime veröffentlichte Video zeigt, wie Carlos Zelaya im Jahr 2013 mit "
      "Anführern des Drogenkartells Los Cachiros über Spenden für den Wahlkampf der linken Partei Libre spricht.")
H4 = "Es soll dabei um Hunderttausende Dollar gegangen sein."
H5 = ("Der Bruder des früheren Präsidenten Manuel Zelaya räumte das Treffen ein und nannte es „einen Fehler“, "
      "bestritt aber, Geld angenommen zu haben.")
H6 = ("Er werde sich freiwillig der Staatsanwaltschaft stellen, um „jeden Zweifel auszuräumen“, erklärte er in einem "
      "Schreiben an den Kongress.")
H7 = ("Präsidentin Castro nahm die Rücktritte an und nannte das Treffen ihres Schwagers in einer Botschaft auf der "
      "Plattform X „inakzeptabel“.")
H8 = ("Sie forderte Generalstaatsanwalt Johel Zelaya auf, den Fall umfassend zu untersuchen, „ganz gleich, wer "
      "betroffen ist“.")
H9 = "Die Staatsanwaltschaft leitete noch am Sonntag Ermittlungen gegen Carlos Zelaya ein."
H10 = "Der Generalstaatsanwalt ist mit der Familie der Präsidentin nicht verwandt."
H11 = ("Die oppositionelle Nationale Partei warf der Regierungspartei Libre vor, mit Drogengeld an die Macht gekommen "
       "zu sein, und verlangte den Rücktritt der Präsidentin.")
H12 = ("Vor dem Kongressgebäude in Tegucigalpa versammelten sich am Sonntag mehrere hundert Demonstranten mit "
       "Plakaten gegen die „Narco-Regierung“.")
H13 = "Festnahmen gab es nach Polizeiangaben keine."
H14 = ("Castro hatte erst vergangene Woche die Kündigung des Auslieferungsabkommens mit den USA angeordnet, nachdem "
       "US-Botschafterin Laura Dogu ein Treffen von José Manuel Zelaya mit dem venezolanischen Verteidigungsminister "
       "Vladimir Padrino López in Caracas kritisiert hatte.")
H15 = "Die US-Botschaft in Tegucigalpa wollte sich zu dem Video zunächst nicht äußern."
H16 = ("Honduras wählt im November kommenden Jahres einen neuen Präsidenten; Castro darf laut Verfassung nicht "
       "erneut antreten.")

DE01 = {
    "id": "hm321-de-01", "lang": "de", "url": None, "published": "2024-09-01",
    "title": "Narco-Video: Schwager und Neffe von Honduras' Präsidentin Castro treten zurück",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11], [H12, H13], [H14, H15, H16]),
    "events": [
        event("RETREAT", HN_C_ZELAYA, None, H1, mode="resign"),
        event("RETREAT", HN_JM_ZELAYA, None, H2, mode="resign", date="2024-09-01"),
        event("CONSULT", HN_C_ZELAYA, HN_CACHIROS, H3),
        event("CONCEDE", HN_C_ZELAYA, None, H5),
        event("AGREE", HN_C_ZELAYA, HN_PM, H6),
        event("ACCUSE", HN_CASTRO, HN_C_ZELAYA, H7, mode="disapprove"),
        event("REQUEST", HN_CASTRO, HN_JOHEL, H8),
        event("ACCUSE", HN_PM, HN_C_ZELAYA, H9, mode="investigate", date="2024-09-01"),
        event("ACCUSE", HN_PNH, HN_LIBRE, H11, mode="allege"),
        event("REQUEST", HN_PNH, HN_CASTRO, H11, mode="change"),
        event("PROTEST", HN_PROTESTERS, HN_GOV, H12, mode="demo", date="2024-09-01", location="Tegucigalpa",
              location_country="HND"),
        event("COERCE", HN_POLICE, HN_PROTESTERS, H13, mode="arrest", negated=True),
        event("SANCTION", HN_CASTRO, HN_USA, H14, mode="withdraw"),
        event("ACCUSE", HN_DOGU, HN_JM_ZELAYA, H14, mode="disapprove"),
        event("CONSULT", HN_JM_ZELAYA, HN_PADRINO, H14, mode="visit", location="Caracas", location_country="VEN"),
    ],
    "quotes": [
        quote("einen Fehler", "Carlos Zelaya", "direct"),
        quote("Geld angenommen zu haben", "Carlos Zelaya", "indirect"),
        quote("Er werde sich freiwillig der Staatsanwaltschaft stellen, um „jeden Zweifel auszuräumen“",
              "Carlos Zelaya", "indirect"),
        quote("jeden Zweifel auszuräumen", "Carlos Zelaya", "direct"),
        quote("inakzeptabel", "Xiomara Castro", "direct"),
        quote("ganz gleich, wer betroffen ist", "Xiomara Castro", "direct"),
        quote("mit Drogengeld an die Macht gekommen zu sein", "National Party of Honduras", "indirect"),
        quote("Narco-Regierung", "opposition protesters in Tegucigalpa", "direct"),
        quote("Festnahmen gab es nach Polizeiangaben keine", "National Police of Honduras", "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["Tegucigalpa"]),
        entity("Los Cachiros", "ORG", "HND", ["Drogenhändlern", "des Drogenkartells Los Cachiros"]),
        entity("Xiomara Castro", "PER", "HND", ["der honduranischen Präsidentin Xiomara Castro", "Präsidentin Castro",
                                                "Castro", "Sie", "der Präsidentin"]),
        entity("Carlos Zelaya", "PER", "HND", ["Carlos Zelaya", "Der Bruder des früheren Präsidenten Manuel Zelaya",
                                               "ihres Schwagers"]),
        entity("National Congress of Honduras", "ORG", "HND", ["des Parlaments", "den Kongress"]),
        entity("José Manuel Zelaya", "PER", "HND", ["sein Sohn José Manuel Zelaya", "José Manuel Zelaya"]),
        entity("InSight Crime", "ORG", None, ["der Rechercheplattform InSight Crime"]),
        entity("Liberty and Refoundation", "ORG", "HND", ["der linken Partei Libre", "der Regierungspartei Libre"]),
        entity("Manuel Zelaya", "PER", "HND", ["des früheren Präsidenten Manuel Zelaya"]),
        entity("Public Ministry of Honduras", "ORG", "HND", ["der Staatsanwaltschaft", "Die Staatsanwaltschaft"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Johel Zelaya", "PER", "HND", ["Generalstaatsanwalt Johel Zelaya", "Der Generalstaatsanwalt"]),
        entity("National Party of Honduras", "ORG", "HND", ["Die oppositionelle Nationale Partei"]),
        entity("Legislative Palace of Honduras", "LOC", "HND", ["dem Kongressgebäude"]),
        entity("opposition protesters in Tegucigalpa", "ORG", "HND", ["mehrere hundert Demonstranten"]),
        entity("National Police of Honduras", "ORG", "HND", ["Polizeiangaben"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Laura Dogu", "PER", "USA", ["US-Botschafterin Laura Dogu"]),
        entity("Vladimir Padrino López", "PER", "VEN", ["dem venezolanischen Verteidigungsminister Vladimir Padrino "
                                                        "López"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Embassy of the United States in Tegucigalpa", "ORG", "USA", ["Die US-Botschaft in Tegucigalpa"]),
        entity("Honduras", "LOC", "HND", ["Honduras"]),
    ],
}

# ---------------------------------------------------------------- hm321-de-02 (NATO, Steadfast Defender 2024)
NA_NATO = actor("NATO", "IGO", "IGO")
NA_US_NAVY = actor("U.S. Navy", "USA", "MIL")
NA_SWEDEN = actor("Sweden", "SWE", "GOV")
NA_BAUER = actor("Rob Bauer", "IGO", "IGO")
NA_MEMBERS = actor("NATO member states", "IGO", "GOV")
NA_BUNDESWEHR = actor("Bundeswehr", "DEU", "MIL")
NA_PISTORIUS = actor("Boris Pistorius", "DEU", "GOV")
NA_GRUSHKO = actor("Alexander Grushko", "RUS", "GOV")
NA_PUTIN = actor("Vladimir Putin", "RUS", "GOV")
NA_FINLAND = actor("Finland", "FIN", "GOV")

N1 = "Brüssel (dpa) - Die NATO hat mit ihrem größten Manöver seit dem Ende des Kalten Krieges begonnen."
N2 = ("Als erstes Schiff lief am Mittwoch das US-Landungsschiff „Gunston Hall“ aus dem Marinestützpunkt Norfolk im "
      "Bundesstaat Virginia in Richtung Europa aus.")
N3 = ("An der Übung „Steadfast Defender 2024“ seien bis Ende Mai rund 90.000 Soldaten aus allen 31 Mitgliedstaaten "
      "sowie aus dem Beitrittskandidaten Schweden beteiligt, hatte der Oberbefehlshaber der Allianz in Europa, "
      "US-General Christopher Cavoli, vergangene Woche in Brüssel gesagt.")
N4 = ("Geübt werde die Verlegung von Verstärkung aus Nordamerika an die Ostflanke des Bündnisses für den Fall eines "
      "Angriffs durch einen „nahezu ebenbürtigen Gegner“.")
N5 = ("Einen Namen nennt das Szenario nicht, in den Strategiedokumenten der Allianz gilt Russland aber als größte "
      "Bedrohung.")
N6 = ("Der Vorsitzende des NATO-Militärausschusses, der niederländische Admiral Rob Bauer, rief die Regierungen der "
      "Mitgliedstaaten zugleich auf, auch ihre Bürger auf einen möglichen Krieg vorzubereiten.")
N7 = "„Wir müssen erkennen, dass es nicht selbstverständlich ist, dass wir in Frieden leben“, sagte Bauer."
N8 = ("Die Bundeswehr beteiligt sich unter dem Namen „Quadriga 2024“ mit rund 12.000 Soldaten, die vor allem in "
      "Norwegen, Litauen und Ungarn üben.")
N9 = "Verteidigungsminister Boris Pistorius begrüßte das Manöver als „klares Signal der Abschreckung“ an Moskau."
N10 = "Er hatte zuvor gewarnt, Russland könnte in fünf bis acht Jahren in der Lage sein, ein NATO-Land anzugreifen."
N11 = "Moskau reagierte scharf."
N12 = ("Vizeaußenminister Alexander Gruschko bezeichnete die Übung als „weiteres Element des hybriden Krieges“, den "
       "der Westen gegen Russland führe.")
N13 = ("Manöver dieser Größenordnung markierten die „endgültige und unumkehrbare Rückkehr“ der NATO zu den Schemata "
       "des Kalten Krieges, sagte Gruschko der Nachrichtenagentur RIA Nowosti.")
N14 = ("Russland werde „alle notwendigen Maßnahmen“ zum Schutz seiner Sicherheit ergreifen, fügte der Diplomat "
       "hinzu.")
N15 = ("Kremlchef Wladimir Putin hatte im Dezember angekündigt, nach dem NATO-Beitritt Finnlands mehr Truppen an der "
       "Grenze zu dem Nachbarland zu stationieren.")
N16 = "„Es gab keine Probleme, jetzt wird es welche geben“, hatte Putin damals gesagt."
N17 = ("Das bislang letzte Manöver vergleichbarer Größe hatte die NATO 1988 mit „Reforger“ abgehalten, damals mit "
       "rund 125.000 Soldaten.")

DE02 = {
    "id": "hm321-de-02", "lang": "de", "url": None, "published": "2024-01-24",
    "title": "NATO beginnt größtes Manöver seit Ende des Kalten Krieges",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10], [N11, N12, N13, N14], [N15, N16, N17]),
    "events": [
        event("MOBILIZE", NA_NATO, None, N1, mode="troops"),
        event("MOBILIZE", NA_US_NAVY, None, N2, mode="weapons", date="2024-01-24", location="Norfolk",
              location_country="USA"),
        event("MOBILIZE", NA_NATO, None, N3, mode="troops"),
        event("COOPERATE", NA_SWEDEN, NA_NATO, N3),
        event("REQUEST", NA_BAUER, NA_MEMBERS, N6, mode="change"),
        event("MOBILIZE", NA_BUNDESWEHR, None, N8, mode="troops"),
        event("SUPPORT", NA_PISTORIUS, NA_NATO, N9),
        event("ACCUSE", NA_GRUSHKO, NA_NATO, N12, mode="disapprove"),
        event("ACCUSE", NA_GRUSHKO, NA_NATO, N13, mode="disapprove"),
        event("THREATEN", NA_GRUSHKO, NA_NATO, N14),
        event("THREATEN", NA_PUTIN, NA_FINLAND, N15),
        event("THREATEN", NA_PUTIN, NA_FINLAND, N16),
    ],
    "quotes": [
        quote("An der Übung „Steadfast Defender 2024“ seien bis Ende Mai rund 90.000 Soldaten aus allen 31 "
              "Mitgliedstaaten sowie aus dem Beitrittskandidaten Schweden beteiligt", "Christopher Cavoli", "indirect"),
        quote("Geübt werde die Verlegung von Verstärkung aus Nordamerika an die Ostflanke des Bündnisses für den Fall "
              "eines Angriffs durch einen „nahezu ebenbürtigen Gegner“", "Christopher Cavoli", "indirect"),
        quote("nahezu ebenbürtigen Gegner", "Christopher Cavoli", "direct"),
        quote("Wir müssen erkennen, dass es nicht selbstverständlich ist, dass wir in Frieden leben", "Rob Bauer",
              "direct"),
        quote("klares Signal der Abschreckung", "Boris Pistorius", "direct"),
        quote("Russland könnte in fünf bis acht Jahren in der Lage sein, ein NATO-Land anzugreifen", "Boris Pistorius",
              "indirect"),
        quote("weiteres Element des hybriden Krieges", "Alexander Grushko", "direct"),
        quote("den der Westen gegen Russland führe", "Alexander Grushko", "indirect"),
        quote("Manöver dieser Größenordnung markierten die „endgültige und unumkehrbare Rückkehr“ der NATO zu den "
              "Schemata des Kalten Krieges", "Alexander Grushko", "indirect"),
        quote("endgültige und unumkehrbare Rückkehr", "Alexander Grushko", "direct"),
        quote("Russland werde „alle notwendigen Maßnahmen“ zum Schutz seiner Sicherheit ergreifen", "Alexander Grushko",
              "indirect"),
        quote("alle notwendigen Maßnahmen", "Alexander Grushko", "direct"),
        quote("nach dem NATO-Beitritt Finnlands mehr Truppen an der Grenze zu dem Nachbarland zu stationieren",
              "Vladimir Putin", "indirect"),
        quote("Es gab keine Probleme, jetzt wird es welche geben", "Vladimir Putin", "direct"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("NATO", "ORG", "IGO", ["Die NATO", "der Allianz", "des Bündnisses", "NATO"]),
        entity("USS Gunston Hall", "LOC", "USA", ["das US-Landungsschiff „Gunston Hall“"]),
        entity("Naval Station Norfolk", "LOC", "USA", ["dem Marinestützpunkt Norfolk"]),
        entity("Virginia", "LOC", "USA", ["Bundesstaat Virginia"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("NATO member states", "ORG", "IGO", ["allen 31 Mitgliedstaaten", "die Regierungen der Mitgliedstaaten"]),
        entity("Sweden", "LOC", "SWE", ["dem Beitrittskandidaten Schweden"]),
        entity("Christopher Cavoli", "PER", "USA", ["der Oberbefehlshaber der Allianz in Europa, US-General "
                                                    "Christopher Cavoli"]),
        entity("North America", "LOC", None, ["Nordamerika"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Rob Bauer", "PER", "NLD", ["Der Vorsitzende des NATO-Militärausschusses, der niederländische Admiral "
                                           "Rob Bauer", "Bauer"]),
        entity("NATO Military Committee", "ORG", "IGO", ["des NATO-Militärausschusses"]),
        entity("Bundeswehr", "ORG", "DEU", ["Die Bundeswehr"]),
        entity("Norway", "LOC", "NOR", ["Norwegen"]),
        entity("Lithuania", "LOC", "LTU", ["Litauen"]),
        entity("Hungary", "LOC", "HUN", ["Ungarn"]),
        entity("Boris Pistorius", "PER", "DEU", ["Verteidigungsminister Boris Pistorius", "Er"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Alexander Grushko", "PER", "RUS", ["Vizeaußenminister Alexander Gruschko", "Gruschko",
                                                   "der Diplomat"]),
        entity("Western countries", "ORG", None, ["der Westen"]),
        entity("RIA Novosti", "ORG", "RUS", ["der Nachrichtenagentur RIA Nowosti"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Finland", "LOC", "FIN", ["Finnlands", "dem Nachbarland"]),
    ],
}

# ---------------------------------------------------------------- hm321-de-03 (Canada/USA, Trudeau at Mar-a-Lago)
CA_TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
CA_TRUMP = actor("Donald Trump", "USA", "GOV")
CA_CANADA = actor("Canada", "CAN", "GOV")
CA_MEXICO = actor("Mexico", "MEX", "GOV")
CA_US_GOV = actor("Government of the United States", "USA", "GOV")
CA_LEBLANC = actor("Dominic LeBlanc", "CAN", "GOV")
CA_POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
CA_FORD = actor("Doug Ford", "CAN", "GOV")
CA_SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")

T1 = ("Palm Beach (dpa) - Nach der Zolldrohung des designierten US-Präsidenten Donald Trump ist der kanadische "
      "Premierminister Justin Trudeau überraschend zu einem Abendessen in Trumps Anwesen Mar-a-Lago in Florida "
      "gereist.")
T2 = ("Die beiden Politiker sprachen am Freitagabend rund drei Stunden lang über Handel, Grenzsicherheit und den "
      "Schmuggel der Droge Fentanyl.")
T3 = ("Trump hatte am Montag angekündigt, an seinem ersten Amtstag Zölle von 25 Prozent auf alle Waren aus Kanada und "
      "Mexiko zu verhängen, solange beide Länder nicht entschlossen gegen illegale Migration und Drogenschmuggel "
      "vorgingen.")
T4 = ("Nach dem Treffen schrieb der Republikaner auf seiner Plattform Truth Social von einem „sehr produktiven "
      "Treffen“.")
T5 = ("Trudeau habe sich verpflichtet, mit den USA zusammenzuarbeiten, um die „schreckliche Zerstörung amerikanischer "
      "Familien“ durch Drogen zu beenden.")
T6 = "Von seiner Zolldrohung rückte Trump jedoch nicht ab."
T7 = ("Kanadas Minister für öffentliche Sicherheit, Dominic LeBlanc, der Trudeau begleitete, sprach von einem "
      "„exzellenten Gespräch“.")
T8 = "Kanada werde zusätzliche Hubschrauber, Drohnen und Polizisten an die Grenze schicken, kündigte LeBlanc an."
T9 = "Rund drei Viertel der kanadischen Exporte gehen in die Vereinigten Staaten."
T10 = ("Oppositionsführer Pierre Poilievre warf Trudeau vor, die Grenze jahrelang vernachlässigt zu haben, und "
       "forderte ihn auf, die Kontrolle über sie „zurückzugewinnen“.")
T11 = ("Ontarios Premier Doug Ford hatte zuvor Gegenzölle ins Spiel gebracht, falls Washington seine Drohung wahr "
       "mache.")
T12 = "Mexikos Präsidentin Claudia Sheinbaum hatte in dieser Woche ebenfalls mit Trump telefoniert."
T13 = "Anschließend erklärte sie, Mexiko werde seine Grenzen nicht schließen, sondern „Brücken bauen“."
T14 = "Der 78-Jährige tritt sein Amt am 20. Januar an."

DE03 = {
    "id": "hm321-de-03", "lang": "de", "url": None, "published": "2024-11-30",
    "title": "Nach Zolldrohung: Trudeau besucht Trump in Mar-a-Lago",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9], [T10, T11], [T12, T13, T14]),
    "events": [
        event("CONSULT", CA_TRUDEAU, CA_TRUMP, T1, mode="visit", location="Mar-a-Lago", location_country="USA"),
        event("CONSULT", CA_TRUDEAU, CA_TRUMP, T2, mode="visit", date="2024-11-29", location="Mar-a-Lago",
              location_country="USA"),
        event("THREATEN", CA_TRUMP, CA_CANADA, T3, date="2024-11-25"),
        event("THREATEN", CA_TRUMP, CA_MEXICO, T3, date="2024-11-25"),
        event("SUPPORT", CA_TRUMP, CA_TRUDEAU, T4),
        event("AGREE", CA_TRUDEAU, CA_US_GOV, T5),
        event("CONCEDE", CA_TRUMP, CA_CANADA, T6, negated=True),
        event("AGREE", CA_LEBLANC, CA_US_GOV, T8),
        event("ACCUSE", CA_POILIEVRE, CA_TRUDEAU, T10, mode="disapprove"),
        event("REQUEST", CA_POILIEVRE, CA_TRUDEAU, T10, mode="change"),
        event("THREATEN", CA_FORD, CA_US_GOV, T11),
        event("CONSULT", CA_SHEINBAUM, CA_TRUMP, T12, mode="phone"),
        event("REJECT", CA_SHEINBAUM, CA_TRUMP, T13, mode="change"),
    ],
    "quotes": [
        quote("an seinem ersten Amtstag Zölle von 25 Prozent auf alle Waren aus Kanada und Mexiko zu verhängen, solange "
              "beide Länder nicht entschlossen gegen illegale Migration und Drogenschmuggel vorgingen", "Donald Trump",
              "indirect"),
        quote("sehr produktiven Treffen", "Donald Trump", "direct"),
        quote("Trudeau habe sich verpflichtet, mit den USA zusammenzuarbeiten, um die „schreckliche Zerstörung "
              "amerikanischer Familien“ durch Drogen zu beenden", "Donald Trump", "indirect"),
        quote("schreckliche Zerstörung amerikanischer Familien", "Donald Trump", "direct"),
        quote("exzellenten Gespräch", "Dominic LeBlanc", "direct"),
        quote("Kanada werde zusätzliche Hubschrauber, Drohnen und Polizisten an die Grenze schicken", "Dominic LeBlanc",
              "indirect"),
        quote("die Grenze jahrelang vernachlässigt zu haben", "Pierre Poilievre", "indirect"),
        quote("zurückzugewinnen", "Pierre Poilievre", "direct"),
        quote("Mexiko werde seine Grenzen nicht schließen, sondern „Brücken bauen“", "Claudia Sheinbaum", "indirect"),
        quote("Brücken bauen", "Claudia Sheinbaum", "direct"),
    ],
    "entities": [
        entity("Palm Beach", "LOC", "USA", ["Palm Beach"]),
        entity("Donald Trump", "PER", "USA", ["des designierten US-Präsidenten Donald Trump", "Trumps", "Trump",
                                              "der Republikaner", "Der 78-Jährige"]),
        entity("Justin Trudeau", "PER", "CAN", ["der kanadische Premierminister Justin Trudeau", "Trudeau", "ihn"]),
        entity("Mar-a-Lago", "LOC", "USA", ["Trumps Anwesen Mar-a-Lago"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Canada", "LOC", "CAN", ["Kanada", "Kanadas"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko", "Mexikos"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("United States", "LOC", "USA", ["den USA", "die Vereinigten Staaten"]),
        entity("Dominic LeBlanc", "PER", "CAN", ["Kanadas Minister für öffentliche Sicherheit, Dominic LeBlanc",
                                                 "LeBlanc"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre"]),
        entity("Doug Ford", "PER", "CAN", ["Ontarios Premier Doug Ford"]),
        entity("Ontario", "LOC", "CAN", ["Ontarios"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexikos Präsidentin Claudia Sheinbaum", "sie"]),
    ],
}

# ---------------------------------------------------------------- hm321-de-04 (USA/Cuba, migrants flown to Guantánamo)
GT_TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
GT_MIGRANTS = actor("Venezuelan migrants held at Guantánamo Bay", "VEN", "CVL")
GT_DHS = actor("U.S. Department of Homeland Security", "USA", "GOV")
GT_LEAVITT = actor("Karoline Leavitt", "USA", "GOV")
GT_PENTAGON = actor("U.S. Department of Defense", "USA", "MIL")
GT_DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
GT_RODRIGUEZ = actor("Bruno Rodríguez Parrilla", "CUB", "GOV")
GT_ACLU = actor("American Civil Liberties Union", "USA", "NGO")
GT_VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")

G1 = ("Washington (AFP) - Die US-Regierung hat erstmals Migranten aus Venezuela auf den Marinestützpunkt Guantánamo "
      "auf Kuba gebracht.")
G2 = ("Ein Militärflugzeug vom Typ C-17 mit zehn Männern an Bord sei am Dienstagabend aus Fort Bliss in Texas kommend "
      "dort gelandet, teilte das Heimatschutzministerium mit.")
G3 = ("Es handle sich um „die Schlimmsten der Schlimmen“, mutmaßliche Mitglieder der Bande Tren de Aragua, erklärte "
      "Regierungssprecherin Karoline Leavitt.")
G4 = "Belege für diese Angaben legte die Regierung nicht vor."
G5 = ("Präsident Donald Trump hatte vergangene Woche angeordnet, auf Guantánamo Platz für bis zu 30.000 Migranten zu "
      "schaffen.")
G6 = "Das Pentagon schickte dafür rund 300 Soldaten auf den Stützpunkt, die dort Zelte errichten."
G7 = "Verteidigungsminister Pete Hegseth nannte das Lager eine „perfekte Zwischenstation“ für Abschiebungen."
G8 = "Kubas Präsident Miguel Díaz-Canel verurteilte die Pläne auf der Plattform X als „Akt der Brutalität“."
G9 = "Außenminister Bruno Rodríguez forderte Washington auf, das Gelände an Kuba zurückzugeben."
G10 = ("Die Bürgerrechtsorganisation ACLU verlangte Zugang zu den Inhaftierten und warf der Regierung vor, sie von "
       "ihren Anwälten abzuschneiden.")
G11 = "Das Heimatschutzministerium lehnte dies vorerst ab."
G12 = ("Die Regierung von Präsident Nicolás Maduro hatte sich am Wochenende bereit erklärt, abgeschobene Venezolaner "
       "zurückzunehmen.")
G13 = "Auf Guantánamo werden seit 2002 auch Terrorverdächtige festgehalten; derzeit sind es noch 15 Gefangene."
G14 = ("Die USA nutzen den Stützpunkt seit 1903 auf Grundlage eines Pachtvertrags, den Havanna seit der Revolution "
       "von 1959 als ungültig betrachtet.")
G15 = "Im Weißen Haus hieß es, weitere Flüge sollten in den kommenden Tagen folgen."

DE04 = {
    "id": "hm321-de-04", "lang": "de", "url": None, "published": "2025-02-05",
    "title": "USA bringen erste Migranten nach Guantánamo",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9], [G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("COERCE", GT_TRUMP_ADMIN, GT_MIGRANTS, G1, mode="arrest", location="Guantánamo Bay",
              location_country="CUB"),
        event("COERCE", GT_DHS, GT_MIGRANTS, G2, mode="arrest", date="2025-02-04", location="Guantánamo Bay",
              location_country="CUB"),
        event("ACCUSE", GT_LEAVITT, GT_MIGRANTS, G3, mode="allege"),
        event("MOBILIZE", GT_PENTAGON, None, G6, mode="troops", location="Guantánamo Bay", location_country="CUB"),
        event("ACCUSE", GT_DIAZ_CANEL, GT_TRUMP_ADMIN, G8, mode="disapprove"),
        event("REQUEST", GT_RODRIGUEZ, GT_TRUMP_ADMIN, G9),
        event("REQUEST", GT_ACLU, GT_TRUMP_ADMIN, G10),
        event("ACCUSE", GT_ACLU, GT_TRUMP_ADMIN, G10, mode="allege"),
        event("REJECT", GT_DHS, GT_ACLU, G11),
        event("AGREE", GT_VEN_GOV, GT_TRUMP_ADMIN, G12),
    ],
    "quotes": [
        quote("Ein Militärflugzeug vom Typ C-17 mit zehn Männern an Bord sei am Dienstagabend aus Fort Bliss in Texas "
              "kommend dort gelandet", "U.S. Department of Homeland Security", "indirect"),
        quote("Es handle sich um „die Schlimmsten der Schlimmen“, mutmaßliche Mitglieder der Bande Tren de Aragua",
              "Karoline Leavitt", "indirect"),
        quote("die Schlimmsten der Schlimmen", "Karoline Leavitt", "direct"),
        quote("perfekte Zwischenstation", "Pete Hegseth", "direct"),
        quote("Akt der Brutalität", "Miguel Díaz-Canel", "direct"),
        quote("sie von ihren Anwälten abzuschneiden", "American Civil Liberties Union", "indirect"),
        quote("weitere Flüge sollten in den kommenden Tagen folgen", "White House", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Trump administration", "ORG", "USA", ["Die US-Regierung", "die Regierung", "der Regierung"]),
        entity("Venezuelan migrants held at Guantánamo Bay", "ORG", "VEN", ["Migranten aus Venezuela",
                                                                            "zehn Männern", "den Inhaftierten"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Guantánamo Bay Naval Base", "LOC", "CUB", ["den Marinestützpunkt Guantánamo", "Guantánamo",
                                                           "den Stützpunkt", "das Lager", "das Gelände"]),
        entity("Cuba", "LOC", "CUB", ["Kuba", "Kubas"]),
        entity("Fort Bliss", "LOC", "USA", ["Fort Bliss"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("U.S. Department of Homeland Security", "ORG", "USA", ["das Heimatschutzministerium",
                                                                      "Das Heimatschutzministerium"]),
        entity("Tren de Aragua", "ORG", "VEN", ["der Bande Tren de Aragua"]),
        entity("Karoline Leavitt", "PER", "USA", ["Regierungssprecherin Karoline Leavitt"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
        entity("U.S. Department of Defense", "ORG", "USA", ["Das Pentagon"]),
        entity("Pete Hegseth", "PER", "USA", ["Verteidigungsminister Pete Hegseth"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Kubas Präsident Miguel Díaz-Canel"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Bruno Rodríguez Parrilla", "PER", "CUB", ["Außenminister Bruno Rodríguez"]),
        entity("American Civil Liberties Union", "ORG", "USA", ["Die Bürgerrechtsorganisation ACLU"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Die Regierung von Präsident Nicolás Maduro"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Government of Cuba", "ORG", "CUB", ["Havanna"]),
        entity("White House", "LOC", "USA", ["Im Weißen Haus"]),
    ],
}

# ---------------------------------------------------------------- hm321-en-01 (Caribbean, visa curbs over Cuban doctors)
CB_LEADERS = actor("Caribbean heads of government", None, "GOV")
CB_US_GOV = actor("Government of the United States", "USA", "GOV")
CB_RUBIO = actor("Marco Rubio", "USA", "GOV")
CB_CUBA_GOV = actor("Government of Cuba", "CUB", "GOV")
CB_ROWLEY = actor("Keith Rowley", "TTO", "GOV")
CB_GONSALVES = actor("Ralph Gonsalves", "VCT", "GOV")
CB_CUBAN_DOCTORS = actor("Cuban medical brigades", "CUB", "CVL")
CB_MOTTLEY = actor("Mia Mottley", "BRB", "GOV")
CB_CUBA = actor("Cuba", "CUB", "GOV")
CB_BARBADOS = actor("Barbados", "BRB", "GOV")
CB_RODRIGUEZ = actor("Bruno Rodríguez Parrilla", "CUB", "GOV")
CB_STATE = actor("U.S. Department of State", "USA", "GOV")
CB_JAMAICA = actor("Jamaica", "JAM", "GOV")

E1 = ("PORT OF SPAIN, March 6 (Reuters) - Caribbean leaders pushed back on Thursday against a U.S. decision to expand "
      "visa restrictions over Cuba's overseas medical program, with several prime ministers saying they would rather "
      "lose their own U.S. visas than send Cuban doctors home.")
E2 = ("Secretary of State Marco Rubio announced last week that Washington would deny visas to Cuban officials and to "
      "officials of other governments it considers \"complicit\" in the program, which he described as forced labor.")
E3 = ("\"These programs enrich the corrupt Cuban regime and deprive ordinary Cubans of essential medical care,\" Rubio "
      "said in a statement at the time.")
E4 = ("Trinidad and Tobago Prime Minister Keith Rowley told reporters in Port of Spain that his government had broken "
      "no rules by hiring Cuban nurses and would not be \"bullied\" into ending the arrangement.")
E5 = "\"If the price is my visa, then so be it,\" the 75-year-old said."
E6 = ("Rowley, who is due to step down as prime minister later this month, said his country had employed Cuban health "
      "workers for more than two decades.")
E7 = ("St. Vincent and the Grenadines Prime Minister Ralph Gonsalves said he would rather lose his visa than see poor "
      "people on the islands die for lack of care, and praised Cuban doctors who have worked there for decades.")
E8 = ("Barbados Prime Minister Mia Mottley, the current chair of the Caribbean Community (CARICOM), told parliament in "
      "Bridgetown that she too was prepared to lose her visa over the issue.")
E9 = ("Cuba sent about 100 doctors and nurses to Barbados in 2020 to help it fight the COVID-19 pandemic.")
E10 = ("In Havana, Foreign Minister Bruno Rodriguez accused Washington of trying to \"sabotage\" Cuba's international "
       "cooperation and of putting the health of millions of people at risk.")
E11 = ("Cuba says some 24,000 of its health workers serve in 56 countries, and the missions are among the island's "
       "main sources of foreign currency.")
E12 = "Washington has long accused Havana of keeping most of the doctors' pay, a charge Cuba rejects."
E13 = ("A State Department spokesperson said Washington remained in contact with its Caribbean partners but that the "
       "policy would not change.")
E14 = ("Rubio is due to visit Jamaica later this month on his first trip to a CARICOM member state as secretary of "
       "state.")

EN01 = {
    "id": "hm321-en-01", "lang": "en", "url": None, "published": "2025-03-06",
    "title": "Caribbean leaders push back against U.S. visa curbs over Cuban doctors",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9], [E10, E11, E12], [E13, E14]),
    "events": [
        event("REJECT", CB_LEADERS, CB_US_GOV, E1, mode="change", date="2025-03-06"),
        event("SANCTION", CB_RUBIO, CB_CUBA_GOV, E2),
        event("ACCUSE", CB_RUBIO, CB_CUBA_GOV, E2, mode="allege"),
        event("ACCUSE", CB_RUBIO, CB_CUBA_GOV, E3, mode="disapprove"),
        event("REJECT", CB_ROWLEY, CB_US_GOV, E4, mode="change", location="Port of Spain", location_country="TTO"),
        event("REJECT", CB_GONSALVES, CB_US_GOV, E7, mode="change"),
        event("SUPPORT", CB_GONSALVES, CB_CUBAN_DOCTORS, E7),
        event("REJECT", CB_MOTTLEY, CB_US_GOV, E8, mode="change", location="Bridgetown", location_country="BRB"),
        event("AID", CB_CUBA, CB_BARBADOS, E9),
        event("ACCUSE", CB_RODRIGUEZ, CB_US_GOV, E10, mode="disapprove"),
        event("CONSULT", CB_STATE, CB_LEADERS, E13),
        event("REJECT", CB_STATE, CB_LEADERS, E13, mode="change"),
        event("AGREE", CB_RUBIO, CB_JAMAICA, E14),
    ],
    "quotes": [
        quote("they would rather lose their own U.S. visas than send Cuban doctors home", "Caribbean heads of government",
              "indirect"),
        quote("Washington would deny visas to Cuban officials and to officials of other governments it considers "
              "\"complicit\" in the program", "Marco Rubio", "indirect"),
        quote("complicit", "Marco Rubio", "direct"),
        quote("These programs enrich the corrupt Cuban regime and deprive ordinary Cubans of essential medical care",
              "Marco Rubio", "direct"),
        quote("his government had broken no rules by hiring Cuban nurses and would not be \"bullied\" into ending the "
              "arrangement", "Keith Rowley", "indirect"),
        quote("bullied", "Keith Rowley", "direct"),
        quote("If the price is my visa, then so be it", "Keith Rowley", "direct"),
        quote("his country had employed Cuban health workers for more than two decades", "Keith Rowley", "indirect"),
        quote("he would rather lose his visa than see poor people on the islands die for lack of care", "Ralph Gonsalves",
              "indirect"),
        quote("she too was prepared to lose her visa over the issue", "Mia Mottley", "indirect"),
        quote("of trying to \"sabotage\" Cuba's international cooperation and of putting the health of millions of "
              "people at risk", "Bruno Rodríguez Parrilla", "indirect"),
        quote("sabotage", "Bruno Rodríguez Parrilla", "direct"),
        quote("some 24,000 of its health workers serve in 56 countries", "Government of Cuba", "indirect"),
        quote("Washington remained in contact with its Caribbean partners but that the policy would not change",
              "U.S. Department of State", "indirect"),
    ],
    "entities": [
        entity("Port of Spain", "LOC", "TTO", ["PORT OF SPAIN", "Port of Spain"]),
        entity("Caribbean heads of government", "ORG", None, ["Caribbean leaders", "several prime ministers",
                                                              "its Caribbean partners"]),
        entity("Cuba", "LOC", "CUB", ["Cuba"]),
        entity("Cuban medical brigades", "ORG", "CUB", ["Cuban doctors", "Cuban nurses", "Cuban health workers",
                                                        "about 100 doctors and nurses"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Rubio"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of Cuba", "ORG", "CUB", ["the corrupt Cuban regime"]),
        entity("Keith Rowley", "PER", "TTO", ["Trinidad and Tobago Prime Minister Keith Rowley", "the 75-year-old",
                                              "Rowley"]),
        entity("Government of Trinidad and Tobago", "ORG", "TTO", ["his government"]),
        entity("Trinidad and Tobago", "LOC", "TTO", ["Trinidad and Tobago", "his country"]),
        entity("Ralph Gonsalves", "PER", "VCT", ["St. Vincent and the Grenadines Prime Minister Ralph Gonsalves"]),
        entity("St. Vincent and the Grenadines", "LOC", "VCT", ["St. Vincent and the Grenadines", "the islands"]),
        entity("Mia Mottley", "PER", "BRB", ["Barbados Prime Minister Mia Mottley"]),
        entity("Caribbean Community", "ORG", "IGO", ["the Caribbean Community (CARICOM)", "CARICOM"]),
        entity("Parliament of Barbados", "ORG", "BRB", ["parliament"]),
        entity("Bridgetown", "LOC", "BRB", ["Bridgetown"]),
        entity("Barbados", "LOC", "BRB", ["Barbados"]),
        entity("Havana", "LOC", "CUB", ["Havana"]),
        entity("Bruno Rodríguez Parrilla", "PER", "CUB", ["Foreign Minister Bruno Rodriguez"]),
        entity("U.S. Department of State", "ORG", "USA", ["A State Department spokesperson"]),
        entity("Jamaica", "LOC", "JAM", ["Jamaica"]),
    ],
}

# ---------------------------------------------------------------- hm321-en-02 (USA/Mexico, Zambada pleads guilty)
ZM_ZAMBADA = actor("Ismael Zambada García", "MEX", "CVL")
ZM_COGAN = actor("Brian Cogan", "USA", "JUD")
ZM_DOJ = actor("U.S. Department of Justice", "USA", "GOV")
ZM_BONDI = actor("Pam Bondi", "USA", "GOV")
ZM_CARTEL_LEADERS = actor("Mexican drug cartel leaders", "MEX", "CVL")
ZM_US_AGENTS = actor("U.S. federal agents", "USA", "COP")
ZM_GUZMAN_LOPEZ = actor("Joaquín Guzmán López", "MEX", "CVL")
ZM_FGR = actor("Attorney General's Office of Mexico", "MEX", "JUD")
ZM_GUNMEN = actor("Sinaloa cartel gunmen", "MEX", "CVL")
ZM_ARMY = actor("Mexican Army", "MEX", "MIL")
ZM_SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
ZM_US_GOV = actor("Government of the United States", "USA", "GOV")

Z1 = ("NEW YORK, Aug 26 (AP) - Ismael \"El Mayo\" Zambada, the co-founder of Mexico's Sinaloa cartel, pleaded guilty "
      "on Monday to drug trafficking and racketeering charges in a federal court in Brooklyn, admitting that he had "
      "bribed politicians, police and soldiers in Mexico for decades.")
Z2 = ("The 77-year-old, who appeared frail, answered questions from U.S. District Judge Brian Cogan through a Spanish "
      "interpreter.")
Z3 = ("His lawyer, Frank Perez, told reporters outside the courthouse that his client had decided to plead guilty to "
      "spare his family a long and costly trial.")
Z4 = "Cogan accepted the plea and set sentencing for Jan. 13, when Zambada faces a mandatory life term."
Z5 = "As part of the agreement, Zambada agreed to forfeit $15 billion."
Z6 = ("Attorney General Pam Bondi said Zambada would \"die in an American prison\" and warned other cartel leaders "
      "that they would face the same fate.")
Z7 = ("Zambada was arrested in July 2024 after landing in a small plane near El Paso, Texas, together with Joaquin "
      "Guzman Lopez, a son of Joaquin \"El Chapo\" Guzman.")
Z8 = "Zambada has said that Guzman Lopez kidnapped him in Culiacan and flew him across the border against his will."
Z9 = "Mexico's Attorney General's Office opened a treason investigation over his removal from Mexican territory."
Z10 = ("His capture set off a war between rival factions of the Sinaloa cartel that has killed more than 1,000 people "
       "in the northwestern state.")
Z11 = ("On Monday, soldiers came under fire from gunmen on the outskirts of Culiacan and killed four of them, the "
       "Defense Ministry said.")
Z12 = ("Mexican President Claudia Sheinbaum said on Tuesday that if U.S. prosecutors had evidence against Mexican "
       "officials they should hand it over, and that her government would not protect anyone.")
Z13 = "\"We are not going to cover for anyone,\" Sheinbaum told her daily news conference."
Z14 = ("She also said Washington had never informed Mexico about the operation that brought Zambada to Texas.")
Z15 = ("Sinaloa Governor Ruben Rocha Moya, whom Zambada had said he was lured to meet on the day of his abduction, has "
       "denied any involvement.")
Z16 = ("DEA Administrator Terrance Cole called the plea \"a historic win\" for families who lost loved ones to "
       "fentanyl.")

EN02 = {
    "id": "hm321-en-02", "lang": "en", "url": None, "published": "2025-08-26",
    "title": "Mexican cartel co-founder 'El Mayo' Zambada pleads guilty in New York",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6], [Z7, Z8, Z9, Z10], [Z11], [Z12, Z13, Z14], [Z15, Z16]),
    "events": [
        event("CONCEDE", ZM_ZAMBADA, None, Z1, date="2025-08-25", location="Brooklyn", location_country="USA"),
        event("SANCTION", ZM_COGAN, ZM_ZAMBADA, Z4, mode="convict"),
        event("CONCEDE", ZM_ZAMBADA, ZM_DOJ, Z5),
        event("THREATEN", ZM_BONDI, ZM_CARTEL_LEADERS, Z6, mode="arrest"),
        event("COERCE", ZM_US_AGENTS, ZM_ZAMBADA, Z7, mode="arrest", location="El Paso", location_country="USA"),
        event("COERCE", ZM_US_AGENTS, ZM_GUZMAN_LOPEZ, Z7, mode="arrest", location="El Paso", location_country="USA"),
        event("ACCUSE", ZM_ZAMBADA, ZM_GUZMAN_LOPEZ, Z8, mode="allege"),
        event("ACCUSE", ZM_FGR, None, Z9, mode="investigate"),
        event("ASSAULT", ZM_GUNMEN, ZM_ARMY, Z11, mode="firearms", date="2025-08-25", location="Culiacán",
              location_country="MEX"),
        event("ASSAULT", ZM_ARMY, ZM_GUNMEN, Z11, mode="firearms", date="2025-08-25", location="Culiacán",
              location_country="MEX"),
        event("REQUEST", ZM_SHEINBAUM, ZM_DOJ, Z12, date="2025-08-26"),
        event("ACCUSE", ZM_SHEINBAUM, ZM_US_GOV, Z14, mode="disapprove"),
    ],
    "quotes": [
        quote("he had bribed politicians, police and soldiers in Mexico for decades", "Ismael Zambada García",
              "indirect"),
        quote("his client had decided to plead guilty to spare his family a long and costly trial", "Frank Perez",
              "indirect"),
        quote("Zambada would \"die in an American prison\"", "Pam Bondi", "indirect"),
        quote("die in an American prison", "Pam Bondi", "direct"),
        quote("they would face the same fate", "Pam Bondi", "indirect"),
        quote("Guzman Lopez kidnapped him in Culiacan and flew him across the border against his will",
              "Ismael Zambada García", "indirect"),
        quote("On Monday, soldiers came under fire from gunmen on the outskirts of Culiacan and killed four of them",
              "Secretariat of National Defense of Mexico", "indirect"),
        quote("if U.S. prosecutors had evidence against Mexican officials they should hand it over, and that her "
              "government would not protect anyone", "Claudia Sheinbaum", "indirect"),
        quote("We are not going to cover for anyone", "Claudia Sheinbaum", "direct"),
        quote("Washington had never informed Mexico about the operation that brought Zambada to Texas",
              "Claudia Sheinbaum", "indirect"),
        quote("he was lured to meet on the day of his abduction", "Ismael Zambada García", "indirect"),
        quote("a historic win", "Terrance Cole", "direct"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["NEW YORK"]),
        entity("Ismael Zambada García", "PER", "MEX", ["Ismael \"El Mayo\" Zambada", "Zambada", "The 77-year-old",
                                                       "his client"]),
        entity("Mexico", "LOC", "MEX", ["Mexico", "Mexican territory"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["Mexico's Sinaloa cartel", "the Sinaloa cartel"]),
        entity("Brooklyn", "LOC", "USA", ["Brooklyn"]),
        entity("Brian Cogan", "PER", "USA", ["U.S. District Judge Brian Cogan", "Cogan"]),
        entity("Frank Perez", "PER", "USA", ["His lawyer, Frank Perez"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi"]),
        entity("Mexican drug cartel leaders", "ORG", "MEX", ["other cartel leaders"]),
        entity("El Paso", "LOC", "USA", ["El Paso"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Joaquín Guzmán López", "PER", "MEX", ["Joaquin Guzman Lopez", "Guzman Lopez"]),
        entity("Joaquín Guzmán Loera", "PER", "MEX", ["Joaquin \"El Chapo\" Guzman"]),
        entity("Culiacán", "LOC", "MEX", ["Culiacan"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX", ["Mexico's Attorney General's Office"]),
        entity("Sinaloa", "LOC", "MEX", ["the northwestern state"]),
        entity("Mexican Army", "ORG", "MEX", ["soldiers"]),
        entity("Sinaloa cartel gunmen", "ORG", "MEX", ["gunmen"]),
        entity("Secretariat of National Defense of Mexico", "ORG", "MEX", ["the Defense Ministry"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum", "Sheinbaum", "She"]),
        entity("Government of Mexico", "ORG", "MEX", ["her government"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Rubén Rocha Moya", "PER", "MEX", ["Sinaloa Governor Ruben Rocha Moya"]),
        entity("Terrance Cole", "PER", "USA", ["DEA Administrator Terrance Cole"]),
        entity("Drug Enforcement Administration", "ORG", "USA", ["DEA"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
