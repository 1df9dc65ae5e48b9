"""Round 494: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm494-de-01: Switzerland: the National Council rejects the 109-billion-franc emergency credits for the UBS takeover of Credit Suisse; the Council of States and the Finance Delegation had approved, Keller-Sutter regrets the vote, SP and Greens demand conditions, SVP's Aeschi and SP's Meyer attack, FINMA's AT1 write-off challenged in court, federal prosecutors examine (2023-04-12).
- hm494-de-02: Ukraine: authorities order families with children to leave Pokrovsk as Russian troops advance; Filashkin's appeal, Russian glide bombs on the city, Syrskyi moves reserves, Zelensky asks Washington and London to allow long-range strikes and is refused, the Kursk incursion and the Kremlin's accusation (2024-08-19).
- hm494-de-03: Italy/Germany: Meloni complains in a letter to Scholz about German funding of sea-rescue NGOs and asks him to reconsider; the Foreign Office refuses, SOS Humanity welcomes, Crosetto's criticism, Germany's suspended intake and Italy's Dublin refusal, the Sea-Eye 4 detained, Faeser and Piantedosi to meet (2023-09-24).
- hm494-de-04: Czech Republic/Slovakia: Prague suspends the intergovernmental consultations with Bratislava after Blanár meets Lavrov in Antalya; Lipavský accuses Bratislava, Fico hits back, Blanár denies and says he urged a ceasefire, Slovakia's halted arms deliveries and refusal to join the ammunition initiative, Babiš criticises (2024-03-05).
- hm494-en-01: United Kingdom/France: Britain removes the first migrant, an Indian man, to France under the "one in, one out" returns pilot; a High Court order halting an Eritrean's removal, the Home Office's allegation, no French detention on arrival, Farage, Philp and the Refugee Council react, Retailleau denies (2025-09-18).
- hm494-en-02: United Kingdom/Wales: First Minister Vaughan Gething resigns after four cabinet ministers quit and urge him to go; the Senedd's no-confidence motion over the donation, Blythyn's dismissal, ap Iorwerth demands an early election, Davies attacks, Starmer thanks Gething (2024-07-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm494-de-01 (Switzerland, Credit Suisse credits)
NATIONALRAT = actor("National Council of Switzerland", "CHE", "LEG")
BUNDESRAT = actor("Federal Council of Switzerland", "CHE", "GOV")
STAENDERAT = actor("Council of States of Switzerland", "CHE", "LEG")
FINDEL = actor("Finance Delegation of the Swiss Federal Assembly", "CHE", "LEG")
KELLER_SUTTER = actor("Karin Keller-Sutter", "CHE", "GOV")
SVP = actor("Swiss People's Party", "CHE", "PTY")
SP_CH = actor("Social Democratic Party of Switzerland", "CHE", "PTY")
GRUENE_CH = actor("Green Party of Switzerland", "CHE", "PTY")
AESCHI = actor("Thomas Aeschi", "CHE", "PTY")
MEYER = actor("Mattea Meyer", "CHE", "PTY")
SWISS_BANKS = actor("Swiss banks", "CHE", "BUS")
UBS = actor("UBS", "CHE", "BUS")
CS = actor("Credit Suisse", "CHE", "BUS")
FINMA = actor("Swiss Financial Market Supervisory Authority", "CHE", "GOV")
CS_BONDHOLDERS = actor("Credit Suisse bondholders", "CHE", "BUS")
CH_OAG = actor("Office of the Attorney General of Switzerland", "CHE", "JUD")

S1 = ("Bern (dpa) - Der Schweizer Nationalrat hat die Notkredite des Bundes für die Übernahme der Credit Suisse "
      "durch die UBS nachträglich abgelehnt.")
S2 = ("Die große Kammer des Parlaments stimmte am Mittwoch in Bern mit 103 zu 71 Stimmen gegen die "
      "Verpflichtungskredite über insgesamt 109 Milliarden Franken.")
S3 = "Zuvor hatte der Ständerat den Garantien deutlich zugestimmt."
S4 = ("Rechtlich hat das Nein keine Folgen, da die Finanzdelegation des Parlaments die Gelder bereits im März "
      "dringlich bewilligt hatte.")
S5 = "Finanzministerin Karin Keller-Sutter sprach von einem „bedauerlichen Signal“ an die Märkte."
S6 = ("Die Garantien seien nötig gewesen, um eine unkontrollierte Pleite der Bank und Schäden für die gesamte "
      "Volkswirtschaft abzuwenden, sagte sie.")
S7 = "Gegen die Kredite stimmten die SVP, die SP und die Grünen – allerdings aus unterschiedlichen Gründen."
S8 = ("SP und Grüne hatten verlangt, die Zustimmung an strengere Eigenkapitalregeln und ein Verbot von Boni zu "
      "knüpfen.")
S9 = "Der Ständerat lehnte diese Bedingungen jedoch ab."
S10 = ("SVP-Fraktionschef Thomas Aeschi warf dem Bundesrat vor, mit Steuergeldern erneut eine „Too big to fail“-Bank "
       "zu retten, statt die Verantwortlichen zur Rechenschaft zu ziehen.")
S11 = "„Das Parlament lässt sich von den Banken nicht länger erpressen“, sagte SP-Co-Präsidentin Mattea Meyer."
S12 = ("Die UBS hatte sich am 19. März auf Druck der Regierung bereit erklärt, die angeschlagene Konkurrentin für "
       "drei Milliarden Franken zu übernehmen.")
S13 = ("Die Finanzmarktaufsicht Finma erklärte damals zudem Anleihen der Credit Suisse im Wert von rund 16 Milliarden "
       "Franken für wertlos.")
S14 = ("Mehrere Schweizer Anleihegläubiger haben dagegen beim Bundesverwaltungsgericht in St. Gallen Beschwerde "
       "eingereicht.")
S15 = "Die Bundesanwaltschaft prüft zudem mögliche Straftaten im Zusammenhang mit dem Niedergang der Bank."
S16 = ("Beide Kammern wollen im Juni über die Einsetzung einer parlamentarischen Untersuchungskommission "
       "entscheiden.")
S17 = "Keller-Sutter wies Vorwürfe zurück, die Regierung habe die Probleme der Credit Suisse zu lange ignoriert."

DE01 = {
    "id": "hm494-de-01", "lang": "de", "url": None, "published": "2023-04-12",
    "title": "Nationalrat lehnt Notkredite für Credit-Suisse-Rettung ab",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8, S9], [S10, S11], [S12, S13, S14], [S15, S16, S17]),
    "events": [
        event("REJECT", NATIONALRAT, BUNDESRAT, S1, location_country="CHE"),
        event("REJECT", NATIONALRAT, BUNDESRAT, S2, date="2023-04-12", location="Bern", location_country="CHE"),
        event("SUPPORT", STAENDERAT, BUNDESRAT, S3),
        event("SUPPORT", FINDEL, BUNDESRAT, S4),
        event("ACCUSE", KELLER_SUTTER, NATIONALRAT, S5, mode="disapprove"),
        event("REJECT", SVP, BUNDESRAT, S7),
        event("REJECT", SP_CH, BUNDESRAT, S7),
        event("REJECT", GRUENE_CH, BUNDESRAT, S7),
        event("REQUEST", SP_CH, BUNDESRAT, S8, mode="change"),
        event("REQUEST", GRUENE_CH, BUNDESRAT, S8, mode="change"),
        event("REJECT", STAENDERAT, SP_CH, S9, mode="change"),
        event("REJECT", STAENDERAT, GRUENE_CH, S9, mode="change"),
        event("ACCUSE", AESCHI, BUNDESRAT, S10, mode="disapprove"),
        event("ACCUSE", MEYER, SWISS_BANKS, S11, mode="disapprove"),
        event("AGREE", UBS, CS, S12, date="2023-03-19"),
        event("COERCE", FINMA, CS, S13),
        event("ACCUSE", CS_BONDHOLDERS, FINMA, S14, mode="allege", location="St. Gallen", location_country="CHE"),
        event("ACCUSE", CH_OAG, CS, S15, mode="investigate"),
    ],
    "quotes": [
        quote("bedauerlichen Signal", "Karin Keller-Sutter", "direct"),
        quote("Die Garantien seien nötig gewesen, um eine unkontrollierte Pleite der Bank und Schäden für die gesamte "
              "Volkswirtschaft abzuwenden", "Karin Keller-Sutter", "indirect"),
        quote("die Zustimmung an strengere Eigenkapitalregeln und ein Verbot von Boni zu knüpfen",
              "Social Democratic Party of Switzerland", "indirect"),
        quote("die Zustimmung an strengere Eigenkapitalregeln und ein Verbot von Boni zu knüpfen",
              "Green Party of Switzerland", "indirect"),
        quote("Too big to fail", "Thomas Aeschi", "direct"),
        quote("mit Steuergeldern erneut eine „Too big to fail“-Bank zu retten, statt die Verantwortlichen zur "
              "Rechenschaft zu ziehen", "Thomas Aeschi", "indirect"),
        quote("Das Parlament lässt sich von den Banken nicht länger erpressen", "Mattea Meyer", "direct"),
    ],
    "entities": [
        entity("Bern", "LOC", "CHE", ["Bern"]),
        entity("National Council of Switzerland", "ORG", "CHE",
               ["Der Schweizer Nationalrat", "Die große Kammer des Parlaments"]),
        entity("Federal Council of Switzerland", "ORG", "CHE",
               ["des Bundes", "dem Bundesrat", "der Regierung", "die Regierung"]),
        entity("Credit Suisse", "ORG", "CHE",
               ["der Credit Suisse", "der Bank", "eine „Too big to fail“-Bank", "die angeschlagene Konkurrentin"]),
        entity("UBS", "ORG", "CHE", ["die UBS", "Die UBS"]),
        entity("Swiss Federal Assembly", "ORG", "CHE", ["des Parlaments", "Das Parlament", "Beide Kammern"]),
        entity("Council of States of Switzerland", "ORG", "CHE", ["der Ständerat", "Der Ständerat"]),
        entity("Finance Delegation of the Swiss Federal Assembly", "ORG", "CHE",
               ["die Finanzdelegation des Parlaments"]),
        entity("Karin Keller-Sutter", "PER", "CHE", ["Finanzministerin Karin Keller-Sutter", "sie", "Keller-Sutter"]),
        entity("Swiss People's Party", "ORG", "CHE", ["die SVP", "SVP"]),
        entity("Social Democratic Party of Switzerland", "ORG", "CHE", ["die SP", "SP"]),
        entity("Green Party of Switzerland", "ORG", "CHE", ["die Grünen", "Grüne"]),
        entity("Thomas Aeschi", "PER", "CHE", ["SVP-Fraktionschef Thomas Aeschi"]),
        entity("Mattea Meyer", "PER", "CHE", ["SP-Co-Präsidentin Mattea Meyer"]),
        entity("Swiss banks", "ORG", "CHE", ["den Banken"]),
        entity("Swiss Financial Market Supervisory Authority", "ORG", "CHE", ["Die Finanzmarktaufsicht Finma"]),
        entity("Credit Suisse bondholders", "ORG", "CHE", ["Mehrere Schweizer Anleihegläubiger"]),
        entity("Federal Administrative Court of Switzerland", "ORG", "CHE", ["beim Bundesverwaltungsgericht"]),
        entity("St. Gallen", "LOC", "CHE", ["St. Gallen"]),
        entity("Office of the Attorney General of Switzerland", "ORG", "CHE", ["Die Bundesanwaltschaft"]),
        entity("Parliamentary Investigation Committee on Credit Suisse", "ORG", "CHE",
               ["einer parlamentarischen Untersuchungskommission"]),
    ],
}

# ---------------------------------------------------------------- hm494-de-02 (Ukraine, Pokrovsk evacuation)
DONETSK_MA = actor("Donetsk Regional Military Administration", "UKR", "GOV")
FILASHKIN = actor("Vadym Filashkin", "UKR", "GOV")
POKROVSK_RES = actor("residents of Pokrovsk", "UKR", "CVL")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
UKR_MIL = actor("Armed Forces of Ukraine", "UKR", "MIL")
RUS_VKS = actor("Russian Aerospace Forces", "RUS", "MIL")
SYRSKYI = actor("Oleksandr Syrskyi", "UKR", "MIL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
GBR_GOV_P = actor("Government of the United Kingdom", "GBR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")

P1 = ("Pokrowsk (dpa) - Angesichts des raschen Vormarschs russischer Truppen haben die ukrainischen Behörden Familien "
      "mit Kindern zum Verlassen der ostukrainischen Stadt Pokrowsk aufgefordert.")
P2 = ("Der Chef der Militärverwaltung des Gebiets Donezk, Wadym Filaschkin, rief die Eltern von rund 4000 Kindern am "
      "Montag auf, die Stadt und die umliegenden Dörfer binnen zwei Wochen zu verlassen.")
P3 = "„Jede Stunde Verzögerung kann Leben kosten“, schrieb Filaschkin auf Telegram."
P4 = "Die Front liege nur noch etwa zehn Kilometer vom Stadtrand entfernt, erklärte er."
P5 = ("Das russische Verteidigungsministerium meldete am Sonntag die Einnahme eines weiteren Dorfes rund 15 "
      "Kilometer östlich der Stadt.")
P6 = ("In der Nacht zum Montag warf die russische Luftwaffe Gleitbomben auf ein Wohnviertel von Pokrowsk, zwei "
      "Menschen wurden verletzt.")
P7 = "Oberbefehlshaber Olexander Syrskyj räumte ein, die Lage an diesem Frontabschnitt sei „äußerst schwierig“."
P8 = "Er habe zusätzliche Reserven und Munition in den Raum Pokrowsk verlegen lassen, sagte der General."
P9 = ("Präsident Wolodymyr Selenskyj forderte die USA und Großbritannien erneut auf, den Einsatz gelieferter "
      "Langstreckenwaffen gegen Ziele tief in Russland zu erlauben.")
P10 = "Washington lehnt dies bislang ab."
P11 = "Ukrainische Truppen waren am 6. August in die russische Grenzregion Kursk vorgestoßen."
P12 = ("Selenskyj begründete die Offensive unter anderem damit, eine Pufferzone schaffen und russische Kräfte aus dem "
       "Donbass abziehen zu wollen.")
P13 = ("Moskau verlegte seither zwar Einheiten nach Kursk, nach Einschätzung ukrainischer Militärs jedoch kaum aus dem "
       "Raum Pokrowsk.")
P14 = "Der Kreml wirft Kiew vor, in Kursk gezielt Zivilisten zu terrorisieren."
P15 = "Die ukrainische Führung bestreitet das."
P16 = ("Vor dem Krieg lebten in Pokrowsk rund 60.000 Menschen; die Stadt ist ein wichtiger Verkehrsknotenpunkt für "
       "die Versorgung der ukrainischen Truppen im Donbass.")
P17 = "Der Stadtverwaltung zufolge harren noch etwa 53.000 Einwohner in Pokrowsk aus."

DE02 = {
    "id": "hm494-de-02", "lang": "de", "url": None, "published": "2024-08-19",
    "title": "Ukraine fordert Familien zum Verlassen von Pokrowsk auf",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8], [P9, P10], [P11, P12, P13, P14, P15], [P16, P17]),
    "events": [
        event("REQUEST", DONETSK_MA, POKROVSK_RES, P1, location="Pokrovsk", location_country="UKR"),
        event("REQUEST", FILASHKIN, POKROVSK_RES, P2, date="2024-08-19", location="Pokrovsk",
              location_country="UKR"),
        event("ASSAULT", RUS_MIL, UKR_MIL, P5),
        event("ASSAULT", RUS_VKS, POKROVSK_RES, P6, mode="aerial", date="2024-08-19", location="Pokrovsk",
              location_country="UKR"),
        event("MOBILIZE", SYRSKYI, None, P8, mode="troops", location="Pokrovsk", location_country="UKR"),
        event("REQUEST", ZELENSKY, USA_GOV, P9, mode="change"),
        event("REQUEST", ZELENSKY, GBR_GOV_P, P9, mode="change"),
        event("REJECT", USA_GOV, ZELENSKY, P10, mode="change"),
        event("ASSAULT", UKR_MIL, RUS_MIL, P11, date="2024-08-06", location="Kursk", location_country="RUS"),
        event("MOBILIZE", RUS_GOV, None, P13, mode="troops", location="Kursk", location_country="RUS"),
        event("ACCUSE", RUS_GOV, UKR_GOV, P14, mode="allege"),
    ],
    "quotes": [
        quote("die Stadt und die umliegenden Dörfer binnen zwei Wochen zu verlassen", "Vadym Filashkin", "indirect"),
        quote("Jede Stunde Verzögerung kann Leben kosten", "Vadym Filashkin", "direct"),
        quote("Die Front liege nur noch etwa zehn Kilometer vom Stadtrand entfernt", "Vadym Filashkin", "indirect"),
        quote("äußerst schwierig", "Oleksandr Syrskyi", "direct"),
        quote("die Lage an diesem Frontabschnitt sei „äußerst schwierig“", "Oleksandr Syrskyi", "indirect"),
        quote("Er habe zusätzliche Reserven und Munition in den Raum Pokrowsk verlegen lassen", "Oleksandr Syrskyi",
              "indirect"),
        quote("den Einsatz gelieferter Langstreckenwaffen gegen Ziele tief in Russland zu erlauben",
              "Volodymyr Zelensky", "indirect"),
        quote("eine Pufferzone schaffen und russische Kräfte aus dem Donbass abziehen zu wollen", "Volodymyr Zelensky",
              "indirect"),
        quote("in Kursk gezielt Zivilisten zu terrorisieren", "Government of Russia", "indirect"),
        quote("harren noch etwa 53.000 Einwohner in Pokrowsk aus", "Pokrovsk City Administration", "indirect"),
    ],
    "entities": [
        entity("Pokrovsk", "LOC", "UKR", ["Pokrowsk", "der ostukrainischen Stadt Pokrowsk", "die Stadt", "der Stadt",
                                          "den Raum Pokrowsk", "dem Raum Pokrowsk"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["russischer Truppen", "russische Kräfte"]),
        entity("Donetsk Regional Military Administration", "ORG", "UKR",
               ["die ukrainischen Behörden", "der Militärverwaltung des Gebiets Donezk"]),
        entity("residents of Pokrovsk", "PER", "UKR", ["Familien mit Kindern", "die Eltern von rund 4000 Kindern",
                                                        "etwa 53.000 Einwohner"]),
        entity("Vadym Filashkin", "PER", "UKR",
               ["Der Chef der Militärverwaltung des Gebiets Donezk, Wadym Filaschkin", "Filaschkin", "er"]),
        entity("Donetsk Oblast", "LOC", "UKR", ["des Gebiets Donezk"]),
        entity("Telegram", "ORG", "ARE", ["Telegram"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Russian Aerospace Forces", "ORG", "RUS", ["die russische Luftwaffe"]),
        entity("Oleksandr Syrskyi", "PER", "UKR", ["Oberbefehlshaber Olexander Syrskyj", "Er", "der General"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Government of the United States", "ORG", "USA", ["die USA", "Washington"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Großbritannien"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR",
               ["Ukrainische Truppen", "ukrainischer Militärs", "der ukrainischen Truppen"]),
        entity("Kursk Oblast", "LOC", "RUS", ["die russische Grenzregion Kursk", "Kursk"]),
        entity("Donbas", "LOC", "UKR", ["dem Donbass", "im Donbass"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau", "Der Kreml"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew", "Die ukrainische Führung"]),
        entity("Pokrovsk City Administration", "ORG", "UKR", ["Der Stadtverwaltung"]),
    ],
}

# ---------------------------------------------------------------- hm494-de-03 (Italy/Germany, Meloni letter on NGOs)
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
SANT_EGIDIO = actor("Community of Sant'Egidio", "ITA", "REL")
SOS_HUMANITY = actor("SOS Humanity", "DEU", "NGO")
AUSWAERTIGES_AMT = actor("Federal Foreign Office", "DEU", "GOV")
CROSETTO = actor("Guido Crosetto", "ITA", "GOV")
ITA_COASTGUARD = actor("Italian Coast Guard", "ITA", "MIL")
SEA_EYE = actor("Sea-Eye", "DEU", "NGO")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
PIANTEDOSI = actor("Matteo Piantedosi", "ITA", "GOV")

M1 = ("Rom (dpa) - Italiens Ministerpräsidentin Giorgia Meloni hat sich in einem Brief an Bundeskanzler Olaf Scholz "
      "über die deutsche Unterstützung für private Seenotretter im Mittelmeer beschwert.")
M2 = ("Sie habe „mit Erstaunen“ erfahren, dass Berlin Organisationen finanziere, die Migranten nach Italien brächten, "
      "heißt es in dem Schreiben, aus dem italienische Medien am Samstag zitierten.")
M3 = ("Die Bundesregierung hatte zuletzt zugesagt, die Gemeinschaft Sant'Egidio und die Hilfsorganisation SOS "
      "Humanity mit jeweils mehreren Hunderttausend Euro zu unterstützen.")
M4 = ("Meloni forderte Scholz auf, die Zahlungen zu überdenken und sich stattdessen für eine gemeinsame europäische "
      "Lösung einzusetzen.")
M5 = ("Ein Sprecher des Auswärtigen Amts wies den Vorwurf zurück, Deutschland fördere die irreguläre Migration nach "
      "Europa.")
M6 = ("Die Förderung sei vom Bundestag beschlossen worden, und die Bundesregierung werde daran festhalten, sagte er.")
M7 = "„Wer Menschen aus Seenot rettet, erfüllt eine humanitäre und rechtliche Pflicht“, fügte der Sprecher hinzu."
M8 = "SOS Humanity begrüßte die Haltung Berlins."
M9 = ("Italiens Verteidigungsminister Guido Crosetto hatte bereits vor Tagen von einer „sehr schwerwiegenden“ "
      "Entscheidung der deutschen Regierung gesprochen.")
M10 = ("Italien verzeichnet in diesem Jahr einen starken Anstieg der Ankünfte über das Mittelmeer; bis Mitte "
       "September kamen mehr als 127.000 Menschen an.")
M11 = "Allein auf der Insel Lampedusa trafen innerhalb weniger Tage rund 10.000 Migranten ein."
M12 = ("Deutschland hatte Mitte September die freiwillige Aufnahme von Migranten aus Italien ausgesetzt, weil Rom "
       "kaum noch Rückführungen nach den Dublin-Regeln zulässt.")
M13 = ("Erst am Donnerstag hatte die italienische Küstenwache das Rettungsschiff „Sea-Eye 4“ der Regensburger "
       "Organisation Sea-Eye für 20 Tage festgesetzt.")
M14 = "Sea-Eye sprach von „politisch motivierter Schikane“ durch die Regierung in Rom."
M15 = ("Am Rande eines Treffens der EU-Innenminister in Brüssel wollen Bundesinnenministerin Nancy Faeser und ihr "
       "italienischer Kollege Matteo Piantedosi in der kommenden Woche über die Lage beraten.")
M16 = "Regierungssprecher Steffen Hebestreit bestätigte den Eingang des Briefes, äußerte sich aber nicht zum Inhalt."

DE03 = {
    "id": "hm494-de-03", "lang": "de", "url": None, "published": "2023-09-24",
    "title": "Meloni beschwert sich bei Scholz über Geld für Seenotretter",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9], [M10, M11, M12], [M13, M14], [M15, M16]),
    "events": [
        event("ACCUSE", MELONI, SCHOLZ, M1, mode="disapprove"),
        event("ACCUSE", MELONI, DEU_GOV, M2, mode="disapprove"),
        event("AGREE", DEU_GOV, SANT_EGIDIO, M3),
        event("AGREE", DEU_GOV, SOS_HUMANITY, M3),
        event("REQUEST", MELONI, SCHOLZ, M4, mode="change"),
        event("REJECT", AUSWAERTIGES_AMT, MELONI, M6, mode="change"),
        event("SUPPORT", SOS_HUMANITY, DEU_GOV, M8),
        event("ACCUSE", CROSETTO, DEU_GOV, M9, mode="disapprove"),
        event("SANCTION", DEU_GOV, ITA_GOV, M12, mode="discontinue"),
        event("REJECT", ITA_GOV, DEU_GOV, M12),
        event("COERCE", ITA_COASTGUARD, SEA_EYE, M13, mode="seize", date="2023-09-21"),
        event("ACCUSE", SEA_EYE, ITA_GOV, M14, mode="disapprove"),
        event("AGREE", FAESER, PIANTEDOSI, M15, mode="meet", location="Brussels", location_country="BEL"),
    ],
    "quotes": [
        quote("mit Erstaunen", "Giorgia Meloni", "direct"),
        quote("Sie habe „mit Erstaunen“ erfahren, dass Berlin Organisationen finanziere, die Migranten nach Italien "
              "brächten", "Giorgia Meloni", "indirect"),
        quote("die Zahlungen zu überdenken und sich stattdessen für eine gemeinsame europäische Lösung einzusetzen",
              "Giorgia Meloni", "indirect"),
        quote("Die Förderung sei vom Bundestag beschlossen worden, und die Bundesregierung werde daran festhalten",
              "Spokesperson of the Federal Foreign Office", "indirect"),
        quote("Wer Menschen aus Seenot rettet, erfüllt eine humanitäre und rechtliche Pflicht",
              "Spokesperson of the Federal Foreign Office", "direct"),
        quote("sehr schwerwiegenden", "Guido Crosetto", "direct"),
        quote("politisch motivierter Schikane", "Sea-Eye", "direct"),
    ],
    "entities": [
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Italiens Ministerpräsidentin Giorgia Meloni", "Sie", "Meloni"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "Scholz"]),
        entity("Mediterranean Sea", "LOC", None, ["im Mittelmeer", "das Mittelmeer"]),
        entity("Government of Germany", "ORG", "DEU", ["Berlin", "Die Bundesregierung", "die Bundesregierung",
                                                       "Berlins", "der deutschen Regierung", "Deutschland"]),
        entity("Italy", "LOC", "ITA", ["Italiens", "Italien"]),
        entity("Italian media", "ORG", "ITA", ["italienische Medien"]),
        entity("Community of Sant'Egidio", "ORG", "ITA", ["die Gemeinschaft Sant'Egidio"]),
        entity("SOS Humanity", "ORG", "DEU", ["die Hilfsorganisation SOS Humanity", "SOS Humanity"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["des Auswärtigen Amts"]),
        entity("Spokesperson of the Federal Foreign Office", "PER", "DEU",
               ["Ein Sprecher des Auswärtigen Amts", "er", "der Sprecher"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Bundestag", "ORG", "DEU", ["vom Bundestag"]),
        entity("Guido Crosetto", "PER", "ITA", ["Italiens Verteidigungsminister Guido Crosetto"]),
        entity("Lampedusa", "LOC", "ITA", ["der Insel Lampedusa"]),
        entity("Government of Italy", "ORG", "ITA", ["Rom", "die Regierung in Rom"]),
        entity("Dublin Regulation", "MISC", "EUR", ["den Dublin-Regeln"]),
        entity("Italian Coast Guard", "ORG", "ITA", ["die italienische Küstenwache"]),
        entity("Sea-Eye 4", "MISC", "DEU", ["das Rettungsschiff „Sea-Eye 4“"]),
        entity("Sea-Eye", "ORG", "DEU", ["der Regensburger Organisation Sea-Eye", "Sea-Eye"]),
        entity("EU interior ministers", "ORG", "EUR", ["der EU-Innenminister"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser"]),
        entity("Matteo Piantedosi", "PER", "ITA", ["ihr italienischer Kollege Matteo Piantedosi"]),
        entity("Steffen Hebestreit", "PER", "DEU", ["Regierungssprecher Steffen Hebestreit"]),
    ],
}

# ---------------------------------------------------------------- hm494-de-04 (Czech Republic/Slovakia)
CZE_GOV = actor("Government of the Czech Republic", "CZE", "GOV")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")
BLANAR = actor("Juraj Blanár", "SVK", "GOV")
LAVROV = actor("Sergey Lavrov", "RUS", "GOV")
LIPAVSKY = actor("Jan Lipavský", "CZE", "GOV")
FICO = actor("Robert Fico", "SVK", "GOV")
UKR_GOV_C = actor("Government of Ukraine", "UKR", "GOV")
BABIS = actor("Andrej Babiš", "CZE", "OPP")

C1 = ("Prag (dpa) - Tschechien hat die regelmäßigen Regierungskonsultationen mit dem Nachbarland Slowakei auf Eis "
      "gelegt.")
C2 = ("Grund seien „deutliche Unterschiede“ in außenpolitischen Fragen, vor allem beim Krieg in der Ukraine, teilte "
      "das Büro von Ministerpräsident Petr Fiala am Dienstag mit.")
C3 = ("Die für das Frühjahr geplanten gemeinsamen Sitzungen beider Kabinette würden bis auf Weiteres nicht "
      "stattfinden.")
C4 = ("Auslöser war ein Treffen des slowakischen Außenministers Juraj Blanár mit seinem russischen Kollegen Sergej "
      "Lawrow am Rande eines Diplomatieforums im türkischen Antalya am Wochenende.")
C5 = ("Seit Beginn der russischen Invasion in der Ukraine sind solche Begegnungen von EU-Politikern mit Lawrow selten "
      "geworden.")
C6 = "Fiala sagte, die Slowakei habe selbstverständlich das Recht auf eine eigene Außenpolitik."
C7 = "„Wir werden aber nicht so tun, als sei alles in Ordnung“, fügte er hinzu."
C8 = ("Außenminister Jan Lipavský warf Bratislava vor, mit dem Treffen die Einheit der EU gegenüber Moskau zu "
      "untergraben.")
C9 = "Der slowakische Regierungschef Robert Fico reagierte mit scharfer Kritik auf die Entscheidung aus Prag."
C10 = ("Die tschechische Regierung schade den traditionell engen Beziehungen beider Länder, schrieb er auf "
       "Facebook.")
C11 = "Blanár wies den Vorwurf zurück, er habe mit dem Treffen die gemeinsame Linie der EU verlassen."
C12 = "Er habe Lawrow vielmehr zu einer Waffenruhe in der Ukraine aufgefordert, sagte der Minister."
C13 = ("Seit Ficos Amtsantritt im Oktober hat die Slowakei die staatlichen Waffenlieferungen an die Ukraine "
       "eingestellt.")
C14 = ("Zudem lehnt Bratislava eine Beteiligung an der tschechischen Initiative zum Kauf von Artilleriemunition für "
       "Kiew ab.")
C15 = "Die Initiative soll der Ukraine rund 800.000 Granaten aus Staaten außerhalb der EU verschaffen."
C16 = "Der tschechische Oppositionsführer Andrej Babiš kritisierte die Absage der Konsultationen als Fehler."
C17 = "Tschechien und die Slowakei bildeten bis Ende 1992 einen gemeinsamen Staat."

DE04 = {
    "id": "hm494-de-04", "lang": "de", "url": None, "published": "2024-03-05",
    "title": "Tschechien legt Regierungskonsultationen mit der Slowakei auf Eis",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15],
                       [C16, C17]),
    "events": [
        event("SANCTION", CZE_GOV, SVK_GOV, C1, mode="discontinue"),
        event("SANCTION", CZE_GOV, SVK_GOV, C3, mode="discontinue"),
        event("CONSULT", BLANAR, LAVROV, C4, mode="third-party", location="Antalya", location_country="TUR"),
        event("ACCUSE", LIPAVSKY, SVK_GOV, C8, mode="disapprove"),
        event("ACCUSE", FICO, CZE_GOV, C9, mode="disapprove"),
        event("ACCUSE", FICO, CZE_GOV, C10, mode="disapprove"),
        event("REQUEST", BLANAR, LAVROV, C12, mode="yield"),
        event("SANCTION", SVK_GOV, UKR_GOV_C, C13, mode="discontinue"),
        event("REJECT", SVK_GOV, CZE_GOV, C14, mode="assist"),
        event("ACCUSE", BABIS, CZE_GOV, C16, mode="disapprove"),
    ],
    "quotes": [
        quote("deutliche Unterschiede", "Office of the Government of the Czech Republic", "direct"),
        quote("Grund seien „deutliche Unterschiede“ in außenpolitischen Fragen, vor allem beim Krieg in der Ukraine",
              "Office of the Government of the Czech Republic", "indirect"),
        quote("Die für das Frühjahr geplanten gemeinsamen Sitzungen beider Kabinette würden bis auf Weiteres nicht "
              "stattfinden", "Office of the Government of the Czech Republic", "indirect"),
        quote("die Slowakei habe selbstverständlich das Recht auf eine eigene Außenpolitik", "Petr Fiala", "indirect"),
        quote("Wir werden aber nicht so tun, als sei alles in Ordnung", "Petr Fiala", "direct"),
        quote("mit dem Treffen die Einheit der EU gegenüber Moskau zu untergraben", "Jan Lipavský", "indirect"),
        quote("Die tschechische Regierung schade den traditionell engen Beziehungen beider Länder", "Robert Fico",
              "indirect"),
        quote("Er habe Lawrow vielmehr zu einer Waffenruhe in der Ukraine aufgefordert", "Juraj Blanár", "indirect"),
    ],
    "entities": [
        entity("Prague", "LOC", "CZE", ["Prag"]),
        entity("Czech Republic", "LOC", "CZE", ["Tschechien"]),
        entity("Government of the Czech Republic", "ORG", "CZE", ["Tschechien", "Prag", "Die tschechische Regierung"]),
        entity("Slovakia", "LOC", "SVK", ["dem Nachbarland Slowakei", "die Slowakei"]),
        entity("Government of Slovakia", "ORG", "SVK", ["dem Nachbarland Slowakei", "die Slowakei", "Bratislava"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("Office of the Government of the Czech Republic", "ORG", "CZE",
               ["das Büro von Ministerpräsident Petr Fiala"]),
        entity("Petr Fiala", "PER", "CZE", ["Ministerpräsident Petr Fiala", "Fiala", "er"]),
        entity("Juraj Blanár", "PER", "SVK", ["des slowakischen Außenministers Juraj Blanár", "Blanár", "er", "Er",
                                              "der Minister"]),
        entity("Sergey Lavrov", "PER", "RUS", ["seinem russischen Kollegen Sergej Lawrow", "Lawrow"]),
        entity("Antalya Diplomacy Forum", "MISC", "TUR", ["eines Diplomatieforums"]),
        entity("Antalya", "LOC", "TUR", ["im türkischen Antalya"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("Jan Lipavský", "PER", "CZE", ["Außenminister Jan Lipavský"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Robert Fico", "PER", "SVK", ["Der slowakische Regierungschef Robert Fico", "er", "Ficos"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("Czech ammunition initiative", "MISC", "CZE",
               ["der tschechischen Initiative zum Kauf von Artilleriemunition für Kiew", "Die Initiative"]),
        entity("Andrej Babiš", "PER", "CZE", ["Der tschechische Oppositionsführer Andrej Babiš"]),
    ],
}

# ---------------------------------------------------------------- hm494-en-01 (UK/France, first "one in, one out" removal)
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
HOME_OFFICE = actor("Home Office", "GBR", "GOV")
INDIAN_MIGRANT = actor("Indian migrant", "IND", "CVL")
HIGH_COURT = actor("High Court of England and Wales", "GBR", "JUD")
ERITREAN_MIGRANT = actor("Eritrean asylum seeker", "ERI", "CVL")
STARMER = actor("Keir Starmer", "GBR", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
FRA_POLICE = actor("French National Police", "FRA", "COP")
FARAGE = actor("Nigel Farage", "GBR", "OPP")
PHILP = actor("Chris Philp", "GBR", "OPP")
REFUGEE_COUNCIL = actor("Refugee Council", "GBR", "NGO")

E1 = ("LONDON (AP) — Britain on Thursday sent the first migrant back to France under a new returns deal with Paris, "
      "flying out an Indian man who had crossed the English Channel in a small boat, officials said.")
E2 = ("The man, who arrived in August, was escorted onto a commercial flight from Heathrow Airport in the morning, "
      "the Home Office said.")
E3 = ("Home Secretary Shabana Mahmood called the removal “an important first step” toward securing Britain's "
      "borders.")
E4 = "“This sends a clear message to the criminal gangs and the people they smuggle,” she said."
E5 = ("The flight left two days after a High Court judge ordered the government to halt the removal of an Eritrean "
      "man who says he is a victim of human trafficking.")
E6 = "The judge said the man's trafficking claim had to be examined properly before he could be sent to France."
E7 = "The Home Office had argued the claim was a last-minute attempt to frustrate the deal."
E8 = ("Under the pilot agreed by Prime Minister Keir Starmer and French President Emmanuel Macron in July, France "
      "takes back migrants who reach Britain by boat.")
E9 = ("In exchange, Britain accepts an equal number of asylum-seekers from France who have family ties in the U.K. "
      "and apply through an online route.")
E10 = ("French police did not detain the man on arrival at Charles de Gaulle Airport, according to France's Interior "
       "Ministry.")
E11 = "He can apply for asylum in France or be returned to India, the ministry said."
E12 = ("Reform UK leader Nigel Farage dismissed the scheme as “a humiliation” that would barely dent the number of "
       "crossings.")
E13 = ("Conservative Shadow Home Secretary Chris Philp accused the government of “gimmicks” and demanded that all "
       "small-boat arrivals be detained and deported.")
E14 = "The Refugee Council urged ministers to expand safe and legal routes instead."
E15 = "More than 30,000 people have crossed the Channel in small boats so far this year."
E16 = ("French Interior Minister Bruno Retailleau has denied that France is turning a blind eye to departures from "
       "its northern beaches.")

EN01 = {
    "id": "hm494-en-01", "lang": "en", "url": None, "published": "2025-09-18",
    "title": "UK sends first migrant back to France under 'one in, one out' deal",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11], [E12, E13, E14], [E15, E16]),
    "events": [
        event("COERCE", GBR_GOV, INDIAN_MIGRANT, E1, mode="deport", date="2025-09-18"),
        event("COERCE", HOME_OFFICE, INDIAN_MIGRANT, E2, mode="deport", date="2025-09-18",
              location="Heathrow Airport", location_country="GBR"),
        event("REQUEST", HIGH_COURT, GBR_GOV, E5, date="2025-09-16"),
        event("ACCUSE", HOME_OFFICE, ERITREAN_MIGRANT, E7, mode="allege"),
        event("AGREE", STARMER, MACRON, E8),
        event("COERCE", FRA_POLICE, INDIAN_MIGRANT, E10, mode="arrest", location="Charles de Gaulle Airport",
              location_country="FRA", negated=True),
        event("ACCUSE", FARAGE, GBR_GOV, E12, mode="disapprove"),
        event("ACCUSE", PHILP, GBR_GOV, E13, mode="disapprove"),
        event("REQUEST", PHILP, GBR_GOV, E13, mode="change"),
        event("REQUEST", REFUGEE_COUNCIL, GBR_GOV, E14, mode="change"),
    ],
    "quotes": [
        quote("Britain on Thursday sent the first migrant back to France under a new returns deal with Paris, flying "
              "out an Indian man who had crossed the English Channel in a small boat", "British officials",
              "indirect"),
        quote("The man, who arrived in August, was escorted onto a commercial flight from Heathrow Airport in the "
              "morning", "Home Office", "indirect"),
        quote("an important first step", "Shabana Mahmood", "direct"),
        quote("This sends a clear message to the criminal gangs and the people they smuggle", "Shabana Mahmood",
              "direct"),
        quote("the man's trafficking claim had to be examined properly before he could be sent to France",
              "High Court judge", "indirect"),
        quote("the claim was a last-minute attempt to frustrate the deal", "Home Office", "indirect"),
        quote("French police did not detain the man on arrival at Charles de Gaulle Airport",
              "Ministry of the Interior of France", "indirect"),
        quote("He can apply for asylum in France or be returned to India", "Ministry of the Interior of France",
              "indirect"),
        quote("a humiliation", "Nigel Farage", "direct"),
        quote("gimmicks", "Chris Philp", "direct"),
        quote("all small-boat arrivals be detained and deported", "Chris Philp", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain", "the government", "ministers"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain's", "Britain", "the U.K."]),
        entity("France", "LOC", "FRA", ["France", "France's"]),
        entity("Government of France", "ORG", "FRA", ["Paris", "France"]),
        entity("Indian migrant", "PER", "IND",
               ["an Indian man who had crossed the English Channel in a small boat", "The man", "the man", "He"]),
        entity("English Channel", "LOC", None, ["the English Channel", "the Channel"]),
        entity("Home Office", "ORG", "GBR", ["the Home Office", "The Home Office"]),
        entity("Heathrow Airport", "LOC", "GBR", ["Heathrow Airport"]),
        entity("Shabana Mahmood", "PER", "GBR", ["Home Secretary Shabana Mahmood", "she"]),
        entity("criminal smuggling gangs", "ORG", None, ["the criminal gangs"]),
        entity("High Court of England and Wales", "ORG", "GBR", ["High Court"]),
        entity("High Court judge", "PER", "GBR", ["a High Court judge", "The judge"]),
        entity("Eritrean asylum seeker", "PER", "ERI",
               ["an Eritrean man who says he is a victim of human trafficking", "he", "the man's"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron"]),
        entity("French National Police", "ORG", "FRA", ["French police"]),
        entity("Charles de Gaulle Airport", "LOC", "FRA", ["Charles de Gaulle Airport"]),
        entity("Ministry of the Interior of France", "ORG", "FRA", ["France's Interior Ministry", "the ministry"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Reform UK", "ORG", "GBR", ["Reform UK"]),
        entity("Nigel Farage", "PER", "GBR", ["Reform UK leader Nigel Farage"]),
        entity("Conservative Party", "ORG", "GBR", ["Conservative"]),
        entity("Chris Philp", "PER", "GBR", ["Conservative Shadow Home Secretary Chris Philp"]),
        entity("Refugee Council", "ORG", "GBR", ["The Refugee Council"]),
        entity("Bruno Retailleau", "PER", "FRA", ["French Interior Minister Bruno Retailleau"]),
    ],
}

# ---------------------------------------------------------------- hm494-en-02 (Wales, Gething resigns)
GETHING = actor("Vaughan Gething", "GBR", "GOV")
WELSH_MINISTERS = actor("Welsh Government ministers", "GBR", "GOV")
MILES = actor("Jeremy Miles", "GBR", "GOV")
JAMES = actor("Julie James", "GBR", "GOV")
GRIFFITHS = actor("Lesley Griffiths", "GBR", "GOV")
ANTONIW = actor("Mick Antoniw", "GBR", "GOV")
SENEDD = actor("Senedd", "GBR", "LEG")
BLYTHYN = actor("Hannah Blythyn", "GBR", "GOV")
AP_IORWERTH = actor("Rhun ap Iorwerth", "GBR", "OPP")
WELSH_LABOUR = actor("Welsh Labour", "GBR", "PTY")
WELSH_GOV = actor("Welsh Government", "GBR", "GOV")
RT_DAVIES = actor("Andrew RT Davies", "GBR", "OPP")
STARMER_W = actor("Keir Starmer", "GBR", "GOV")

W1 = ("CARDIFF, Wales (AP) — Wales' First Minister Vaughan Gething announced his resignation on Tuesday, hours after "
      "four members of his Cabinet quit and called on him to go.")
W2 = ("Jeremy Miles, Julie James, Lesley Griffiths and Mick Antoniw stepped down in the morning in what appeared to "
      "be a coordinated move.")
W3 = ("In a letter posted on social media, Miles said he no longer had confidence in Gething's leadership and urged "
      "him to “do the right thing.”")
W4 = ("Gething told reporters outside the Senedd, the Welsh Parliament, that he was stepping down with a heavy "
      "heart.")
W5 = "“I have been determined to put the interests of Wales first, and that is what I am doing today,” he said."
W6 = "He said he would remain in office until Welsh Labour chose a successor."
W7 = ("In June, the Senedd passed a non-binding motion of no confidence in Gething after weeks of criticism over a "
      "200,000-pound ($254,000) campaign donation from a company whose owner had been convicted of environmental "
      "offenses.")
W8 = "He has denied any wrongdoing and said the donation complied with party rules."
W9 = ("In May, he accused Social Partnership Minister Hannah Blythyn of leaking messages to the media and removed "
      "her from his government.")
W10 = "Blythyn has denied leaking the messages."
W11 = ("Plaid Cymru leader Rhun ap Iorwerth said Labour had plunged Wales into “chaos” and called for an early Senedd "
       "election.")
W12 = ("Welsh Conservative leader Andrew RT Davies accused Gething of clinging to power for months and wasting the "
       "public's time.")
W13 = ("Prime Minister Keir Starmer, whose Labour Party won a landslide in the U.K. general election less than two "
       "weeks ago, thanked Gething for his service.")
W14 = "Gething became the first Black leader of a European country when he took office in March."
W15 = "Labour has led every Welsh government since devolution in 1999."

EN02 = {
    "id": "hm494-en-02", "lang": "en", "url": None, "published": "2024-07-16",
    "title": "Wales' first minister Vaughan Gething resigns after Cabinet revolt",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6], [W7, W8, W9, W10], [W11, W12, W13], [W14, W15]),
    "events": [
        event("RETREAT", GETHING, None, W1, mode="resign", date="2024-07-16", location="Cardiff",
              location_country="GBR"),
        event("RETREAT", WELSH_MINISTERS, None, W1, mode="resign", date="2024-07-16"),
        event("REQUEST", WELSH_MINISTERS, GETHING, W1, mode="change", date="2024-07-16"),
        event("RETREAT", MILES, None, W2, mode="resign", date="2024-07-16"),
        event("RETREAT", JAMES, None, W2, mode="resign", date="2024-07-16"),
        event("RETREAT", GRIFFITHS, None, W2, mode="resign", date="2024-07-16"),
        event("RETREAT", ANTONIW, None, W2, mode="resign", date="2024-07-16"),
        event("REQUEST", MILES, GETHING, W3, mode="change"),
        event("RETREAT", GETHING, None, W4, mode="resign"),
        event("ACCUSE", SENEDD, GETHING, W7, mode="disapprove"),
        event("ACCUSE", GETHING, BLYTHYN, W9, mode="allege"),
        event("SANCTION", GETHING, BLYTHYN, W9, mode="expel"),
        event("ACCUSE", AP_IORWERTH, WELSH_LABOUR, W11, mode="disapprove"),
        event("REQUEST", AP_IORWERTH, WELSH_GOV, W11, mode="change"),
        event("ACCUSE", RT_DAVIES, GETHING, W12, mode="disapprove"),
        event("SUPPORT", STARMER_W, GETHING, W13),
    ],
    "quotes": [
        quote("he no longer had confidence in Gething's leadership", "Jeremy Miles", "indirect"),
        quote("do the right thing", "Jeremy Miles", "direct"),
        quote("he was stepping down with a heavy heart", "Vaughan Gething", "indirect"),
        quote("I have been determined to put the interests of Wales first, and that is what I am doing today",
              "Vaughan Gething", "direct"),
        quote("he would remain in office until Welsh Labour chose a successor", "Vaughan Gething", "indirect"),
        quote("the donation complied with party rules", "Vaughan Gething", "indirect"),
        quote("Labour had plunged Wales into “chaos”", "Rhun ap Iorwerth", "indirect"),
        quote("chaos", "Rhun ap Iorwerth", "direct"),
        quote("clinging to power for months and wasting the public's time", "Andrew RT Davies", "indirect"),
    ],
    "entities": [
        entity("Cardiff", "LOC", "GBR", ["CARDIFF"]),
        entity("Wales", "LOC", "GBR", ["Wales", "Wales'"]),
        entity("Vaughan Gething", "PER", "GBR",
               ["Wales' First Minister Vaughan Gething", "his", "him", "Gething's", "Gething", "he", "He"]),
        entity("Welsh Government", "ORG", "GBR", ["his Cabinet", "his government"]),
        entity("Welsh Government ministers", "PER", "GBR", ["four members of his Cabinet"]),
        entity("Jeremy Miles", "PER", "GBR", ["Jeremy Miles", "Miles", "he"]),
        entity("Julie James", "PER", "GBR", ["Julie James"]),
        entity("Lesley Griffiths", "PER", "GBR", ["Lesley Griffiths"]),
        entity("Mick Antoniw", "PER", "GBR", ["Mick Antoniw"]),
        entity("Senedd", "ORG", "GBR", ["the Senedd", "the Welsh Parliament", "Senedd"]),
        entity("Welsh Labour", "ORG", "GBR", ["Welsh Labour", "Labour"]),
        entity("Dauson Environmental Group", "ORG", "GBR",
               ["a company whose owner had been convicted of environmental offenses"]),
        entity("David Neal", "PER", "GBR", ["owner"]),
        entity("Hannah Blythyn", "PER", "GBR", ["Social Partnership Minister Hannah Blythyn", "her", "Blythyn"]),
        entity("Plaid Cymru", "ORG", "GBR", ["Plaid Cymru"]),
        entity("Rhun ap Iorwerth", "PER", "GBR", ["Plaid Cymru leader Rhun ap Iorwerth"]),
        entity("Welsh Conservatives", "ORG", "GBR", ["Welsh Conservative"]),
        entity("Andrew RT Davies", "PER", "GBR", ["Welsh Conservative leader Andrew RT Davies"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer"]),
        entity("Labour Party", "ORG", "GBR", ["Labour Party"]),
        entity("United Kingdom", "LOC", "GBR", ["the U.K."]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
