"""Round 346: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm346-de-01: Sierra Leone: former president Ernest Bai Koroma charged with treason over the November attack on barracks and prisons; the APC objects, ECOWAS offers mediation (2024-01-04).
- hm346-de-02: Ghana: the Supreme Court suspends Speaker Bagbin's ruling declaring four seats vacant; NPP walkout, Forson and Mahama object (2024-10-18).
- hm346-de-03: Zimbabwe: police arrest HStv journalist Blessed Mhlanga over interviews with war veteran Blessed Geza; MISA and CPJ demand his release (2025-02-25).
- hm346-de-04: Somalia: Mogadishu expels Ethiopia's ambassador and orders the Ethiopian consulates in Hargeisa and Garowe closed; Somaliland refuses, Faki appeals for restraint (2024-04-05).
- hm346-en-01: DR Congo: a military court sentences 37 people, among them three Americans, to death over the May coup attempt; the defence to appeal, Muyaya welcomes the verdict, Belgium objects (2024-09-13).
- hm346-en-02: Niger: the junta suspends BBC broadcasts for three months over alleged false reports; the BBC and Reporters Without Borders object (2024-12-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm346-de-01 (Sierra Leone, Koroma charged)
KOROMA = actor("Ernest Bai Koroma", "SLE", "OPP")
TARAWALLEY = actor("Mohamed Lamin Tarawalley", "SLE", "GOV")
BIO = actor("Julius Maada Bio", "SLE", "GOV")
FREETOWN_ATTACKERS = actor("gunmen who attacked barracks and prisons in Freetown in November 2023", "SLE", "CVL")
SLE_POLICE = actor("Sierra Leone Police", "SLE", "COP")
KOROMA_GUARDS = actor("bodyguards of Ernest Bai Koroma", "SLE", "CVL")
SLE_GOV = actor("Government of Sierra Leone", "SLE", "GOV")
APC = actor("All People's Congress", "SLE", "PTY")
APC_SPOKES = actor("Spokesperson of the All People's Congress", "SLE", "PTY")
KAMARA = actor("Samura Kamara", "SLE", "OPP")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
TOURAY = actor("Omar Alieu Touray", "IGO", "IGO")

A1 = ("Freetown (dpa) - Gut fünf Wochen nach dem Angriff auf eine Kaserne und mehrere Gefängnisse in Sierra Leone ist "
      "der frühere Präsident Ernest Bai Koroma wegen Hochverrats angeklagt worden.")
A2 = ("Justizminister und Generalstaatsanwalt Mohamed Lamin Tarawalley teilte am Mittwoch in Freetown mit, dem "
      "70-Jährigen würden unter anderem Hochverrat, das Verschweigen von Hochverrat und die Beherbergung von "
      "Verdächtigen zur Last gelegt.")
A3 = ("Bei dem Angriff am 26. November hatten Bewaffnete eine Kaserne in der Hauptstadt sowie mehrere Gefängnisse "
      "gestürmt und fast 2000 Häftlinge befreit; mehr als 20 Menschen wurden getötet.")
A4 = "Präsident Julius Maada Bio sprach damals von einem „gescheiterten Putschversuch“."
A5 = "Unter den bislang rund 80 Festgenommenen sind nach Regierungsangaben auch mehrere Leibwächter Koromas."
A6 = ("Koroma, der das Land von 2007 bis 2018 regierte, war bereits im Dezember von der Polizei stundenlang verhört "
      "worden.")
A7 = "Festgenommen wurde der 70-Jährige bislang nicht."
A8 = ("Koromas Partei, der oppositionelle All People's Congress (APC), sprach von einer politisch motivierten Anklage "
      "und warf der Regierung vor, die Opposition mundtot machen zu wollen.")
A9 = ("„Das ist eine Hexenjagd auf einen Mann, der dieses Land in Frieden regiert hat“, sagte ein Sprecher der Partei "
      "in Freetown.")
A10 = ("Der Präsidentschaftskandidat der APC bei der Wahl im vergangenen Juni, Samura Kamara, forderte die Regierung "
       "auf, die Anklage fallen zu lassen.")
A11 = "Die Regierung missbrauche die Justiz, um politische Gegner einzuschüchtern, sagte er."
A12 = "Informationsminister Chernor Bah wies den Vorwurf zurück."
A13 = "„Niemand steht über dem Gesetz, auch kein früherer Staatschef“, sagte er dem Staatssender SLBC."
A14 = "Das Verfahren werde fair und öffentlich geführt, versicherte der Minister."
A15 = "Die Westafrikanische Wirtschaftsgemeinschaft Ecowas rief beide Seiten zur Zurückhaltung auf."
A16 = "Kommissionspräsident Omar Alieu Touray bot an, zwischen der Regierung und dem Ex-Präsidenten zu vermitteln."
A17 = "Die Regierung hatte nach dem Angriff eine landesweite Ausgangssperre verhängt."

DE01 = {
    "id": "hm346-de-01", "lang": "de", "url": None, "published": "2024-01-04",
    "title": "Sierra Leones Ex-Präsident Koroma wegen Hochverrats angeklagt",
    "text": paragraphs([A1, A2], [A3, A4, A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14], [A15, A16, A17]),
    "events": [
        event("ACCUSE", TARAWALLEY, KOROMA, A1, mode="allege"),
        event("ACCUSE", TARAWALLEY, KOROMA, A2, mode="allege", date="2024-01-03", location="Freetown",
              location_country="SLE"),
        event("ACCUSE", BIO, FREETOWN_ATTACKERS, A4, mode="allege"),
        event("COERCE", SLE_POLICE, KOROMA_GUARDS, A5, mode="arrest"),
        event("ACCUSE", SLE_POLICE, KOROMA, A6, mode="investigate"),
        event("COERCE", SLE_POLICE, KOROMA, A7, mode="arrest", negated=True),
        event("ACCUSE", APC, SLE_GOV, A8, mode="disapprove"),
        event("ACCUSE", APC_SPOKES, SLE_GOV, A9, mode="disapprove", location="Freetown", location_country="SLE"),
        event("REQUEST", KAMARA, SLE_GOV, A10, mode="yield"),
        event("ACCUSE", KAMARA, SLE_GOV, A11, mode="disapprove"),
        event("REQUEST", ECOWAS, SLE_GOV, A15),
        event("REQUEST", ECOWAS, KOROMA, A15),
        event("AGREE", TOURAY, SLE_GOV, A16),
        event("AGREE", TOURAY, KOROMA, A16),
        event("COERCE", SLE_GOV, None, A17, mode="curfew"),
    ],
    "quotes": [
        quote("dem 70-Jährigen würden unter anderem Hochverrat, das Verschweigen von Hochverrat und die Beherbergung "
              "von Verdächtigen zur Last gelegt", "Mohamed Lamin Tarawalley", "indirect"),
        quote("gescheiterten Putschversuch", "Julius Maada Bio", "direct"),
        quote("Unter den bislang rund 80 Festgenommenen sind nach Regierungsangaben auch mehrere Leibwächter Koromas",
              "Government of Sierra Leone", "indirect"),
        quote("die Opposition mundtot machen zu wollen", "All People's Congress", "indirect"),
        quote("Das ist eine Hexenjagd auf einen Mann, der dieses Land in Frieden regiert hat",
              "Spokesperson of the All People's Congress", "direct"),
        quote("Die Regierung missbrauche die Justiz, um politische Gegner einzuschüchtern", "Samura Kamara",
              "indirect"),
        quote("Niemand steht über dem Gesetz, auch kein früherer Staatschef", "Chernor Bah", "direct"),
        quote("Das Verfahren werde fair und öffentlich geführt", "Chernor Bah", "indirect"),
    ],
    "entities": [
        entity("Freetown", "LOC", "SLE", ["Freetown", "der Hauptstadt"]),
        entity("Sierra Leone", "LOC", "SLE", ["Sierra Leone", "das Land", "dieses Land"]),
        entity("Ernest Bai Koroma", "PER", "SLE", ["der frühere Präsident Ernest Bai Koroma", "dem 70-Jährigen",
                                                   "Koromas", "Koroma", "der 70-Jährige", "dem Ex-Präsidenten"]),
        entity("Mohamed Lamin Tarawalley", "PER", "SLE", ["Justizminister und Generalstaatsanwalt Mohamed Lamin "
                                                          "Tarawalley"]),
        entity("gunmen who attacked barracks and prisons in Freetown in November 2023", "PER", "SLE", ["Bewaffnete"]),
        entity("Julius Maada Bio", "PER", "SLE", ["Präsident Julius Maada Bio"]),
        entity("bodyguards of Ernest Bai Koroma", "PER", "SLE", ["mehrere Leibwächter Koromas"]),
        entity("Sierra Leone Police", "ORG", "SLE", ["der Polizei"]),
        entity("Government of Sierra Leone", "ORG", "SLE", ["der Regierung", "die Regierung", "Die Regierung"]),
        entity("All People's Congress", "ORG", "SLE", ["Koromas Partei", "All People's Congress", "APC",
                                                       "der Partei"]),
        entity("Spokesperson of the All People's Congress", "PER", "SLE", ["ein Sprecher der Partei"]),
        entity("Samura Kamara", "PER", "SLE", ["Der Präsidentschaftskandidat der APC bei der Wahl im vergangenen "
                                               "Juni, Samura Kamara"]),
        entity("Chernor Bah", "PER", "SLE", ["Informationsminister Chernor Bah", "der Minister"]),
        entity("Sierra Leone Broadcasting Corporation", "ORG", "SLE", ["dem Staatssender SLBC"]),
        entity("ECOWAS", "ORG", "IGO", ["Die Westafrikanische Wirtschaftsgemeinschaft Ecowas"]),
        entity("Omar Alieu Touray", "PER", "IGO", ["Kommissionspräsident Omar Alieu Touray"]),
    ],
}

# ---------------------------------------------------------------- hm346-de-02 (Ghana, Speaker's ruling suspended)
GHA_SC = actor("Supreme Court of Ghana", "GHA", "JUD")
BAGBIN = actor("Alban Bagbin", "GHA", "LEG")
AFENYO = actor("Alexander Afenyo-Markin", "GHA", "LEG")
FOUR_MPS = actor("four MPs whose seats Speaker Bagbin declared vacant", "GHA", "LEG")
NPP_MPS = actor("New Patriotic Party MPs", "GHA", "LEG")
FORSON = actor("Cassiel Ato Forson", "GHA", "LEG")
AKUFO = actor("Nana Akufo-Addo", "GHA", "GOV")
NPP = actor("New Patriotic Party", "GHA", "PTY")
NDC = actor("National Democratic Congress", "GHA", "PTY")
MAHAMA = actor("John Mahama", "GHA", "OPP")

B1 = ("Accra (dpa) - Ghanas Oberstes Gericht hat die Entscheidung von Parlamentspräsident Alban Bagbin ausgesetzt, "
      "die Sitze von vier Abgeordneten für vakant zu erklären.")
B2 = ("Die Richter gaben am Freitag in Accra einem Eilantrag von Mehrheitsführer Alexander Afenyo-Markin statt und "
      "ordneten an, dass die vier Parlamentarier bis zu einem Urteil in der Hauptsache im Amt bleiben.")
B3 = ("Bagbin hatte die Mandate am Donnerstag für erloschen erklärt, weil die Abgeordneten bei der Wahl im Dezember "
      "als Unabhängige oder für eine andere Partei antreten wollen.")
B4 = ("Damit verlor die regierende New Patriotic Party (NPP) von Präsident Nana Akufo-Addo ihre knappe Mehrheit an den "
      "oppositionellen National Democratic Congress (NDC).")
B5 = ("Afenyo-Markin hatte Bagbin in seiner Klage vorgeworfen, mit der Entscheidung seine Befugnisse überschritten zu "
      "haben.")
B6 = "Er sprach von einem „verfassungswidrigen Anschlag auf den Willen der Wähler“."
B7 = "Die Abgeordneten der NPP verließen am Donnerstag aus Protest geschlossen den Plenarsaal."
B8 = "Der Fraktionschef des NDC, Cassiel Ato Forson, kritisierte den Beschluss der Richter scharf."
B9 = ("„Das Gericht mischt sich in die inneren Angelegenheiten des Parlaments ein“, sagte der Oppositionspolitiker vor "
      "Journalisten.")
B10 = "Er forderte Bagbin auf, das Parlament ungeachtet des Urteils mit der neuen Mehrheit tagen zu lassen."
B11 = ("Ein Sprecher Bagbins sagte, der Parlamentspräsident werde sich zu dem Beschluss erst nach eingehender Prüfung "
       "äußern.")
B12 = "Präsident Akufo-Addo rief beide Parteien auf, den Streit nicht auf die Straße zu tragen."
B13 = ("Der Präsidentschaftskandidat des NDC, Ex-Präsident John Mahama, warf der Regierungspartei vor, das Oberste "
       "Gericht für ihre Zwecke einzuspannen.")
B14 = "Die NPP wies das zurück."
B15 = "Ghana wählt am 7. Dezember einen neuen Präsidenten und ein neues Parlament."
B16 = ("Akufo-Addo darf nach zwei Amtszeiten nicht erneut antreten; für die NPP kandidiert Vizepräsident Mahamudu "
       "Bawumia.")
B17 = "Ein Termin für die Verhandlung in der Hauptsache steht noch nicht fest."

DE02 = {
    "id": "hm346-de-02", "lang": "de", "url": None, "published": "2024-10-18",
    "title": "Ghanas Oberstes Gericht stoppt Entscheidung des Parlamentspräsidenten",
    "text": paragraphs([B1, B2], [B3, B4, B5, B6, B7], [B8, B9, B10, B11], [B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("COERCE", GHA_SC, BAGBIN, B1, mode="restrict"),
        event("COERCE", GHA_SC, BAGBIN, B2, mode="restrict", date="2024-10-18", location="Accra",
              location_country="GHA"),
        event("COERCE", BAGBIN, FOUR_MPS, B3, mode="restrict", date="2024-10-17"),
        event("ACCUSE", AFENYO, BAGBIN, B5, mode="allege"),
        event("ACCUSE", AFENYO, BAGBIN, B6, mode="disapprove"),
        event("PROTEST", NPP_MPS, BAGBIN, B7, mode="boycott", date="2024-10-17"),
        event("ACCUSE", FORSON, GHA_SC, B8, mode="disapprove"),
        event("ACCUSE", FORSON, GHA_SC, B9, mode="disapprove"),
        event("REQUEST", FORSON, BAGBIN, B10, mode="change"),
        event("REQUEST", AKUFO, NPP, B12),
        event("REQUEST", AKUFO, NDC, B12),
        event("ACCUSE", MAHAMA, NPP, B13, mode="allege"),
    ],
    "quotes": [
        quote("mit der Entscheidung seine Befugnisse überschritten zu haben", "Alexander Afenyo-Markin", "indirect"),
        quote("verfassungswidrigen Anschlag auf den Willen der Wähler", "Alexander Afenyo-Markin", "direct"),
        quote("Das Gericht mischt sich in die inneren Angelegenheiten des Parlaments ein", "Cassiel Ato Forson",
              "direct"),
        quote("der Parlamentspräsident werde sich zu dem Beschluss erst nach eingehender Prüfung äußern",
              "Spokesperson of Alban Bagbin", "indirect"),
        quote("das Oberste Gericht für ihre Zwecke einzuspannen", "John Mahama", "indirect"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["Accra"]),
        entity("Ghana", "LOC", "GHA", ["Ghanas", "Ghana"]),
        entity("Supreme Court of Ghana", "ORG", "GHA", ["Ghanas Oberstes Gericht", "Die Richter", "der Richter",
                                                        "Das Gericht", "das Oberste Gericht"]),
        entity("Alban Bagbin", "PER", "GHA", ["Parlamentspräsident Alban Bagbin", "Bagbin", "Bagbins",
                                              "der Parlamentspräsident"]),
        entity("four MPs whose seats Speaker Bagbin declared vacant", "PER", "GHA", ["vier Abgeordneten",
                                                                                     "die vier Parlamentarier",
                                                                                     "die Abgeordneten"]),
        entity("Alexander Afenyo-Markin", "PER", "GHA", ["Mehrheitsführer Alexander Afenyo-Markin",
                                                         "Afenyo-Markin"]),
        entity("New Patriotic Party", "ORG", "GHA", ["New Patriotic Party", "NPP", "der Regierungspartei"]),
        entity("New Patriotic Party MPs", "PER", "GHA", ["Die Abgeordneten der NPP"]),
        entity("Nana Akufo-Addo", "PER", "GHA", ["Präsident Nana Akufo-Addo", "Präsident Akufo-Addo",
                                                 "Akufo-Addo"]),
        entity("National Democratic Congress", "ORG", "GHA", ["National Democratic Congress", "NDC"]),
        entity("Parliament of Ghana", "ORG", "GHA", ["des Parlaments", "das Parlament", "ein neues Parlament"]),
        entity("Cassiel Ato Forson", "PER", "GHA", ["Der Fraktionschef des NDC, Cassiel Ato Forson",
                                                    "der Oppositionspolitiker"]),
        entity("Spokesperson of Alban Bagbin", "PER", "GHA", ["Ein Sprecher Bagbins"]),
        entity("John Mahama", "PER", "GHA", ["Der Präsidentschaftskandidat des NDC, Ex-Präsident John Mahama"]),
        entity("Mahamudu Bawumia", "PER", "GHA", ["Vizepräsident Mahamudu Bawumia"]),
    ],
}

# ---------------------------------------------------------------- hm346-de-03 (Zimbabwe, journalist Mhlanga arrested)
ZRP = actor("Zimbabwe Republic Police", "ZWE", "COP")
MHLANGA = actor("Blessed Mhlanga", "ZWE", "CVL")
GEZA = actor("Blessed Geza", "ZWE", "OPP")
MNANGAGWA = actor("Emmerson Mnangagwa", "ZWE", "GOV")
MISA = actor("MISA Zimbabwe", "ZWE", "NGO")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")
ZWE_GOV = actor("Government of Zimbabwe", "ZWE", "GOV")
NYATHI = actor("Paul Nyathi", "ZWE", "COP")
MUSWERE = actor("Jenfan Muswere", "ZWE", "GOV")
ZLHR = actor("Zimbabwe Lawyers for Human Rights", "ZWE", "NGO")

C1 = ("Harare (dpa) - In Simbabwe ist ein bekannter Fernsehjournalist festgenommen worden, nachdem sein Sender Aufrufe "
      "zu Protesten gegen Präsident Emmerson Mnangagwa verbreitet hatte.")
C2 = ("Polizisten nahmen Blessed Mhlanga vom privaten Sender HStv am Montag in den Redaktionsräumen in Harare fest, wie "
      "die Anwaltsvereinigung Zimbabwe Lawyers for Human Rights (ZLHR) mitteilte, die den Reporter vertritt.")
C3 = "Ihm werde vorgeworfen, Daten übermittelt zu haben, die zu Gewalt aufstacheln, hieß es weiter."
C4 = ("Hintergrund sind Interviews mit dem Kriegsveteranen Blessed Geza, die der Sender in den vergangenen Wochen "
      "ausgestrahlt hatte.")
C5 = "Geza wirft Mnangagwa Korruption vor und fordert seinen Rücktritt."
C6 = ("Der 82-Jährige wolle über das Ende seiner Amtszeit 2028 hinaus an der Macht bleiben, sagt der frühere Kämpfer "
      "des Befreiungskriegs.")
C7 = "Für den 31. März hat Geza zu landesweiten Demonstrationen aufgerufen."
C8 = ("Die Medienorganisation MISA Zimbabwe verurteilte die Festnahme und forderte die sofortige Freilassung des "
      "Reporters.")
C9 = ("„Einen Journalisten dafür einzusperren, dass er seine Arbeit macht, ist ein Angriff auf die Pressefreiheit“, "
      "erklärte MISA Zimbabwe.")
C10 = ("Auch das in New York ansässige Komitee zum Schutz von Journalisten (CPJ) verlangte von den Behörden, Mhlanga "
       "freizulassen.")
C11 = "Polizeisprecher Paul Nyathi bestätigte die Festnahme."
C12 = ("Wer im Internet zu Gewalt aufrufe oder solche Aufrufe verbreite, werde die volle Härte des Gesetzes zu spüren "
       "bekommen, sagte er.")
C13 = "Informationsminister Jenfan Muswere warf Geza vor, das Land destabilisieren zu wollen."
C14 = ("Die Regierung werde keine Proteste zulassen, die auf einen verfassungswidrigen Machtwechsel abzielten, sagte "
       "der Minister.")
C15 = "Einen Antrag der Anwälte auf Freilassung gegen Kaution lehnte die Polizei ab."
C16 = "Mhlanga soll am Mittwoch einem Haftrichter in Harare vorgeführt werden."
C17 = "Geza selbst wurde bislang nicht festgenommen."

DE03 = {
    "id": "hm346-de-03", "lang": "de", "url": None, "published": "2025-02-25",
    "title": "Simbabwe: Journalist nach Berichten über Protestaufrufe festgenommen",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10], [C11, C12, C13, C14], [C15, C16, C17]),
    "events": [
        event("COERCE", ZRP, MHLANGA, C1, mode="arrest", location_country="ZWE"),
        event("COERCE", ZRP, MHLANGA, C2, mode="arrest", date="2025-02-24", location="Harare",
              location_country="ZWE"),
        event("ACCUSE", ZRP, MHLANGA, C3, mode="allege"),
        event("ACCUSE", GEZA, MNANGAGWA, C5, mode="allege"),
        event("REQUEST", GEZA, MNANGAGWA, C5, mode="change"),
        event("ACCUSE", GEZA, MNANGAGWA, C6, mode="allege"),
        event("PROTEST", GEZA, MNANGAGWA, C7, mode="demo"),
        event("ACCUSE", MISA, ZRP, C8, mode="disapprove"),
        event("REQUEST", MISA, ZRP, C8, mode="yield"),
        event("ACCUSE", MISA, ZRP, C9, mode="disapprove"),
        event("REQUEST", CPJ, ZWE_GOV, C10, mode="yield"),
        event("COERCE", ZRP, MHLANGA, C11, mode="arrest"),
        event("THREATEN", NYATHI, None, C12, mode="arrest"),
        event("ACCUSE", MUSWERE, GEZA, C13, mode="allege"),
        event("THREATEN", MUSWERE, GEZA, C14, mode="rights"),
        event("REJECT", ZRP, ZLHR, C15, mode="yield"),
        event("COERCE", ZRP, GEZA, C17, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Polizisten nahmen Blessed Mhlanga vom privaten Sender HStv am Montag in den Redaktionsräumen in Harare "
              "fest", "Zimbabwe Lawyers for Human Rights", "indirect"),
        quote("Ihm werde vorgeworfen, Daten übermittelt zu haben, die zu Gewalt aufstacheln",
              "Zimbabwe Lawyers for Human Rights", "indirect"),
        quote("Der 82-Jährige wolle über das Ende seiner Amtszeit 2028 hinaus an der Macht bleiben", "Blessed Geza",
              "indirect"),
        quote("Einen Journalisten dafür einzusperren, dass er seine Arbeit macht, ist ein Angriff auf die "
              "Pressefreiheit", "MISA Zimbabwe", "direct"),
        quote("Wer im Internet zu Gewalt aufrufe oder solche Aufrufe verbreite, werde die volle Härte des Gesetzes zu "
              "spüren bekommen", "Paul Nyathi", "indirect"),
        quote("das Land destabilisieren zu wollen", "Jenfan Muswere", "indirect"),
        quote("Die Regierung werde keine Proteste zulassen, die auf einen verfassungswidrigen Machtwechsel abzielten",
              "Jenfan Muswere", "indirect"),
    ],
    "entities": [
        entity("Harare", "LOC", "ZWE", ["Harare"]),
        entity("Zimbabwe", "LOC", "ZWE", ["Simbabwe", "das Land"]),
        entity("Blessed Mhlanga", "PER", "ZWE", ["ein bekannter Fernsehjournalist", "Blessed Mhlanga", "den Reporter",
                                                 "des Reporters", "Mhlanga"]),
        entity("HStv", "ORG", "ZWE", ["sein Sender", "privaten Sender HStv", "der Sender"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["Präsident Emmerson Mnangagwa", "Mnangagwa", "Der 82-Jährige"]),
        entity("Zimbabwe Republic Police", "ORG", "ZWE", ["Polizisten", "die Polizei"]),
        entity("Zimbabwe Lawyers for Human Rights", "ORG", "ZWE", ["die Anwaltsvereinigung Zimbabwe Lawyers for "
                                                                   "Human Rights", "ZLHR", "der Anwälte"]),
        entity("Blessed Geza", "PER", "ZWE", ["dem Kriegsveteranen Blessed Geza", "Geza",
                                              "der frühere Kämpfer des Befreiungskriegs"]),
        entity("MISA Zimbabwe", "ORG", "ZWE", ["Die Medienorganisation MISA Zimbabwe", "MISA Zimbabwe"]),
        entity("Committee to Protect Journalists", "ORG", "USA", ["Komitee zum Schutz von Journalisten", "CPJ"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Government of Zimbabwe", "ORG", "ZWE", ["den Behörden", "Die Regierung"]),
        entity("Paul Nyathi", "PER", "ZWE", ["Polizeisprecher Paul Nyathi"]),
        entity("Jenfan Muswere", "PER", "ZWE", ["Informationsminister Jenfan Muswere", "der Minister"]),
    ],
}

# ---------------------------------------------------------------- hm346-de-04 (Somalia expels Ethiopia's ambassador)
SOM_GOV = actor("Government of Somalia", "SOM", "GOV")
ETH_AMB = actor("Muktar Mohamed Ware", "ETH", "GOV")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
ALI_OMAR = actor("Ali Mohamed Omar", "SOM", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
MUSE_BIHI = actor("Muse Bihi Abdi", "SOM", "GOV")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
DENI = actor("Said Abdullahi Deni", "SOM", "GOV")
SOMALILAND_GOV = actor("Government of Somaliland", "SOM", "GOV")
PUNTLAND_GOV = actor("Government of Puntland", "SOM", "GOV")
SOMALILAND_MFA = actor("Ministry of Foreign Affairs of Somaliland", "SOM", "GOV")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")

D1 = ("Mogadischu (dpa) - Im Streit um ein Hafenabkommen zwischen Äthiopien und der abtrünnigen Region Somaliland hat "
      "Somalia den äthiopischen Botschafter ausgewiesen.")
D2 = ("Botschafter Muktar Mohamed Ware müsse das Land binnen 72 Stunden verlassen, teilte Staatsminister Ali Mohamed "
      "Omar vom Außenministerium am Donnerstagabend nach einer Kabinettssitzung in Mogadischu mit.")
D3 = ("Zudem ordnete die Regierung von Ministerpräsident Hamza Abdi Barre die Schließung der äthiopischen Konsulate in "
      "Hargeisa und Garowe an.")
D4 = ("Äthiopien mische sich in die inneren Angelegenheiten Somalias ein und verletze die Souveränität des Landes, "
      "sagte Omar.")
D5 = ("„Wir werden nicht zulassen, dass irgendein Land unsere Einheit untergräbt“, fügte der Staatsminister hinzu.")
D6 = ("Äthiopiens Ministerpräsident Abiy Ahmed hatte am Neujahrstag mit Somalilands Präsident Muse Bihi Abdi eine "
      "Absichtserklärung unterzeichnet, die dem Binnenstaat einen Zugang zum Roten Meer verschaffen soll.")
D7 = ("Die Regierung in Mogadischu betrachtet Somaliland, das sich 1991 einseitig für unabhängig erklärt hatte, "
      "weiterhin als Teil ihres Staatsgebiets.")
D8 = "Präsident Hassan Sheikh Mohamud hatte Äthiopien wiederholt vorgeworfen, Somalias Grenzen verschieben zu wollen."
D9 = ("Unmittelbarer Auslöser der Ausweisung war ein Besuch des Präsidenten der halbautonomen Region Puntland, Said "
      "Abdullahi Deni, in Addis Abeba, wo er mit Vertretern der äthiopischen Regierung zusammentraf.")
D10 = ("Die Behörden in Somaliland und Puntland wiesen die Anordnung zur Schließung der Konsulate umgehend zurück.")
D11 = ("Die Entscheidung aus Mogadischu habe keinerlei Bedeutung, das Konsulat in Hargeisa bleibe geöffnet, erklärte "
       "das Außenministerium Somalilands.")
D12 = "Die äthiopische Regierung äußerte sich zunächst nicht."
D13 = ("Der Vorsitzende der Kommission der Afrikanischen Union, Moussa Faki Mahamat, rief beide Länder zu Zurückhaltung "
       "und Dialog auf.")
D14 = ("Beobachter befürchten, dass der Streit die ohnehin instabile Region am Horn von Afrika weiter destabilisieren "
       "könnte.")

DE04 = {
    "id": "hm346-de-04", "lang": "de", "url": None, "published": "2024-04-05",
    "title": "Somalia weist äthiopischen Botschafter aus",
    "text": paragraphs([D1, D2, D3], [D4, D5], [D6, D7, D8, D9], [D10, D11, D12], [D13, D14]),
    "events": [
        event("SANCTION", SOM_GOV, ETH_AMB, D1, mode="expel"),
        event("SANCTION", SOM_GOV, ETH_AMB, D2, mode="expel", date="2024-04-04", location="Mogadishu",
              location_country="SOM"),
        event("SANCTION", SOM_GOV, ETH_GOV, D3, mode="discontinue"),
        event("ACCUSE", ALI_OMAR, ETH_GOV, D4, mode="allege"),
        event("SUPPORT", ABIY, MUSE_BIHI, D6, date="2024-01-01"),
        event("ACCUSE", HSM, ETH_GOV, D8, mode="allege"),
        event("CONSULT", DENI, ETH_GOV, D9, mode="visit", location="Addis Ababa", location_country="ETH"),
        event("REJECT", SOMALILAND_GOV, SOM_GOV, D10),
        event("REJECT", PUNTLAND_GOV, SOM_GOV, D10),
        event("REJECT", SOMALILAND_MFA, SOM_GOV, D11),
        event("REQUEST", FAKI, SOM_GOV, D13),
        event("REQUEST", FAKI, ETH_GOV, D13),
    ],
    "quotes": [
        quote("Botschafter Muktar Mohamed Ware müsse das Land binnen 72 Stunden verlassen", "Ali Mohamed Omar",
              "indirect"),
        quote("Äthiopien mische sich in die inneren Angelegenheiten Somalias ein und verletze die Souveränität des "
              "Landes", "Ali Mohamed Omar", "indirect"),
        quote("Wir werden nicht zulassen, dass irgendein Land unsere Einheit untergräbt", "Ali Mohamed Omar", "direct"),
        quote("Somalias Grenzen verschieben zu wollen", "Hassan Sheikh Mohamud", "indirect"),
        quote("Die Entscheidung aus Mogadischu habe keinerlei Bedeutung, das Konsulat in Hargeisa bleibe geöffnet",
              "Ministry of Foreign Affairs of Somaliland", "indirect"),
    ],
    "entities": [
        entity("Mogadishu", "LOC", "SOM", ["Mogadischu"]),
        entity("Ethiopia", "LOC", "ETH", ["Äthiopien", "Äthiopiens", "dem Binnenstaat"]),
        entity("Somaliland", "LOC", "SOM", ["der abtrünnigen Region Somaliland", "Somaliland", "Somalilands"]),
        entity("Somalia", "LOC", "SOM", ["Somalia", "Somalias", "das Land", "des Landes"]),
        entity("Muktar Mohamed Ware", "PER", "ETH", ["den äthiopischen Botschafter",
                                                     "Botschafter Muktar Mohamed Ware"]),
        entity("Ali Mohamed Omar", "PER", "SOM", ["Staatsminister Ali Mohamed Omar", "Omar", "der Staatsminister"]),
        entity("Ministry of Foreign Affairs of Somalia", "ORG", "SOM", ["vom Außenministerium"]),
        entity("Government of Somalia", "ORG", "SOM", ["die Regierung von Ministerpräsident Hamza Abdi Barre",
                                                       "Die Regierung in Mogadischu"]),
        entity("Hamza Abdi Barre", "PER", "SOM", ["Ministerpräsident Hamza Abdi Barre"]),
        entity("Ethiopian consulates in Hargeisa and Garowe", "ORG", "ETH", ["der äthiopischen Konsulate",
                                                                              "der Konsulate",
                                                                              "das Konsulat in Hargeisa"]),
        entity("Hargeisa", "LOC", "SOM", ["Hargeisa"]),
        entity("Garowe", "LOC", "SOM", ["Garowe"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Äthiopiens Ministerpräsident Abiy Ahmed"]),
        entity("Muse Bihi Abdi", "PER", "SOM", ["Somalilands Präsident Muse Bihi Abdi"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Präsident Hassan Sheikh Mohamud"]),
        entity("Puntland", "LOC", "SOM", ["der halbautonomen Region Puntland", "Puntland"]),
        entity("Said Abdullahi Deni", "PER", "SOM", ["des Präsidenten der halbautonomen Region Puntland, Said "
                                                     "Abdullahi Deni"]),
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["der äthiopischen Regierung", "Die äthiopische Regierung"]),
        entity("Government of Somaliland", "ORG", "SOM", ["Die Behörden in Somaliland und Puntland"]),
        entity("Government of Puntland", "ORG", "SOM", ["Die Behörden in Somaliland und Puntland"]),
        entity("Ministry of Foreign Affairs of Somaliland", "ORG", "SOM", ["das Außenministerium Somalilands"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["Der Vorsitzende der Kommission der Afrikanischen Union, Moussa "
                                                     "Faki Mahamat"]),
        entity("Horn of Africa", "LOC", None, ["Horn von Afrika"]),
    ],
}

# ---------------------------------------------------------------- hm346-en-01 (DR Congo, death sentences after coup bid)
COD_MIL_COURT = actor("Kinshasa-Gombe Military Court", "COD", "JUD")
COUP_SUSPECTS = actor("defendants in the May 2024 Kinshasa coup attempt trial", "COD", "CVL")
M_MALANGA = actor("Marcel Malanga", "USA", "CVL")
THOMPSON = actor("Tyler Thompson Jr.", "USA", "CVL")
ZALMAN = actor("Benjamin Reuben Zalman-Polun", "USA", "CVL")
WONDO = actor("Jean-Jacques Wondo", "BEL", "CVL")
MALANGA_GUNMEN = actor("gunmen led by Christian Malanga", "COD", "REB")
KAMERHE = actor("Vital Kamerhe", "COD", "LEG")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
C_MALANGA = actor("Christian Malanga", "COD", "REB")
BONDO = actor("Richard Bondo", "COD", "CVL")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
LAHBIB = actor("Hadja Lahbib", "BEL", "GOV")
THOMPSON_FAMILY = actor("family of Tyler Thompson Jr.", "USA", "CVL")
BIDEN_ADMIN = actor("Biden administration", "USA", "GOV")

E1 = ("KINSHASA, Congo (AP) — A military court in Congo's capital, Kinshasa, on Friday sentenced 37 people to death, "
      "among them three Americans, over their role in a failed coup attempt in May.")
E2 = ("Among those convicted were Marcel Malanga, the 21-year-old son of the coup's leader, his high school friend "
      "Tyler Thompson Jr. and Benjamin Reuben Zalman-Polun, a business associate of the elder Malanga.")
E3 = "Belgian-Congolese security analyst Jean-Jacques Wondo also received the death penalty."
E4 = ("The gunmen, led by Christian Malanga, a Congolese opposition figure living in the United States, attacked the "
      "home of lawmaker Vital Kamerhe and briefly occupied the Palais de la Nation, which houses the president's "
      "offices, on May 19.")
E5 = "Malanga was shot dead the same day after resisting arrest, according to the army."
E6 = "The army said at the time that it had arrested about 50 people, including the three Americans."
E7 = ("Defense lawyer Richard Bondo said his clients would appeal, arguing that the court had ignored evidence that the "
      "young Americans had been misled by the elder Malanga.")
E8 = ("\"These young men were dragged into something they did not understand,\" Bondo told reporters outside Ndolo "
      "military prison, where the trial was held.")
E9 = "\"A death sentence is out of all proportion.\""
E10 = ("Government spokesman Patrick Muyaya welcomed the verdict, saying it sent a clear message to anyone seeking to "
       "destabilize the country.")
E11 = ("Belgium's Foreign Minister Hadja Lahbib condemned the sentence against Wondo and said Brussels would work to "
       "prevent its execution.")
E12 = "\"Belgium opposes the death penalty in all places and in all circumstances,\" she wrote on X."
E13 = ("A State Department spokesperson said U.S. diplomats had attended the hearings and would continue to follow the "
       "case closely.")
E14 = ("Thompson's family said in a statement that he had traveled to Africa believing it was a paid vacation and had "
       "no knowledge of the plot.")
E15 = "The family has urged the Biden administration to bring him home."

EN01 = {
    "id": "hm346-en-01", "lang": "en", "url": None, "published": "2024-09-13",
    "title": "Congo military court sentences 37 to death, including 3 Americans, over failed coup",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9], [E10, E11, E12, E13], [E14, E15]),
    "events": [
        event("SANCTION", COD_MIL_COURT, COUP_SUSPECTS, E1, mode="convict", date="2024-09-13", location="Kinshasa",
              location_country="COD"),
        event("SANCTION", COD_MIL_COURT, M_MALANGA, E2, mode="convict"),
        event("SANCTION", COD_MIL_COURT, THOMPSON, E2, mode="convict"),
        event("SANCTION", COD_MIL_COURT, ZALMAN, E2, mode="convict"),
        event("SANCTION", COD_MIL_COURT, WONDO, E3, mode="convict"),
        event("ASSAULT", MALANGA_GUNMEN, KAMERHE, E4, mode="firearms", location="Kinshasa", location_country="COD"),
        event("ASSAULT", MALANGA_GUNMEN, COD_GOV, E4, location="Kinshasa", location_country="COD"),
        event("ASSAULT", FARDC, C_MALANGA, E5, mode="firearms"),
        event("COERCE", FARDC, COUP_SUSPECTS, E6, mode="arrest"),
        event("ACCUSE", BONDO, COD_MIL_COURT, E7, mode="disapprove"),
        event("ACCUSE", BONDO, COD_MIL_COURT, E9, mode="disapprove"),
        event("SUPPORT", MUYAYA, COD_MIL_COURT, E10),
        event("ACCUSE", LAHBIB, COD_MIL_COURT, E11, mode="disapprove"),
        event("REQUEST", THOMPSON_FAMILY, BIDEN_ADMIN, E15, mode="assist"),
    ],
    "quotes": [
        quote("Malanga was shot dead the same day after resisting arrest",
              "Armed Forces of the Democratic Republic of the Congo", "indirect"),
        quote("it had arrested about 50 people, including the three Americans",
              "Armed Forces of the Democratic Republic of the Congo", "indirect"),
        quote("his clients would appeal", "Richard Bondo", "indirect"),
        quote("the court had ignored evidence that the young Americans had been misled by the elder Malanga",
              "Richard Bondo", "indirect"),
        quote("These young men were dragged into something they did not understand", "Richard Bondo", "direct"),
        quote("A death sentence is out of all proportion", "Richard Bondo", "direct"),
        quote("it sent a clear message to anyone seeking to destabilize the country", "Patrick Muyaya", "indirect"),
        quote("Brussels would work to prevent its execution", "Hadja Lahbib", "indirect"),
        quote("Belgium opposes the death penalty in all places and in all circumstances", "Hadja Lahbib", "direct"),
        quote("U.S. diplomats had attended the hearings and would continue to follow the case closely",
              "Spokesperson of the U.S. State Department", "indirect"),
        quote("he had traveled to Africa believing it was a paid vacation and had no knowledge of the plot",
              "family of Tyler Thompson Jr.", "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["KINSHASA", "Kinshasa", "Congo's capital"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Congo", "the country"]),
        entity("Kinshasa-Gombe Military Court", "ORG", "COD", ["A military court", "the court"]),
        entity("defendants in the May 2024 Kinshasa coup attempt trial", "PER", "COD", ["37 people",
                                                                                        "about 50 people"]),
        entity("three Americans", "PER", "USA", ["three Americans", "the three Americans", "the young Americans",
                                                 "These young men"]),
        entity("Marcel Malanga", "PER", "USA", ["Marcel Malanga", "the 21-year-old son of the coup's leader"]),
        entity("Tyler Thompson Jr.", "PER", "USA", ["his high school friend Tyler Thompson Jr.", "Thompson"]),
        entity("Benjamin Reuben Zalman-Polun", "PER", "USA", ["Benjamin Reuben Zalman-Polun",
                                                              "a business associate of the elder Malanga"]),
        entity("Jean-Jacques Wondo", "PER", "BEL", ["Belgian-Congolese security analyst Jean-Jacques Wondo",
                                                    "Wondo"]),
        entity("gunmen led by Christian Malanga", "PER", "COD", ["The gunmen"]),
        entity("Christian Malanga", "PER", "COD", ["Christian Malanga", "a Congolese opposition figure living in the "
                                                   "United States", "the elder Malanga", "the coup's leader"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Vital Kamerhe", "PER", "COD", ["lawmaker Vital Kamerhe"]),
        entity("Palais de la Nation", "LOC", "COD", ["the Palais de la Nation"]),
        entity("Félix Tshisekedi", "PER", "COD", ["the president"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["the army", "The army"]),
        entity("Richard Bondo", "PER", "COD", ["Defense lawyer Richard Bondo", "Bondo"]),
        entity("Ndolo military prison", "LOC", "COD", ["Ndolo military prison"]),
        entity("Patrick Muyaya", "PER", "COD", ["Government spokesman Patrick Muyaya"]),
        entity("Hadja Lahbib", "PER", "BEL", ["Belgium's Foreign Minister Hadja Lahbib"]),
        entity("Belgium", "LOC", "BEL", ["Belgium's", "Belgium"]),
        entity("Brussels", "LOC", "BEL", ["Brussels"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("U.S. State Department", "ORG", "USA", ["State Department"]),
        entity("Spokesperson of the U.S. State Department", "PER", "USA", ["A State Department spokesperson"]),
        entity("U.S. diplomats", "PER", "USA", ["U.S. diplomats"]),
        entity("family of Tyler Thompson Jr.", "PER", "USA", ["Thompson's family", "The family"]),
        entity("Africa", "LOC", None, ["Africa"]),
        entity("Biden administration", "ORG", "USA", ["the Biden administration"]),
    ],
}

# ---------------------------------------------------------------- hm346-en-02 (Niger suspends the BBC)
NER_GOV = actor("Government of Niger", "NER", "GOV")
BBC = actor("BBC", "GBR", "BUS")
RALIOU = actor("Sidi Mohamed Raliou", "NER", "GOV")
NER_RADIOS = actor("local radio stations relaying BBC programmes in Niger", "NER", "BUS")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")

F1 = ("NIAMEY, Dec 12 (Reuters) - Niger's military government on Thursday suspended BBC broadcasts in the country for "
      "three months, accusing the British broadcaster of spreading false information that could undermine the morale "
      "of its troops.")
F2 = ("Communications Minister Sidi Mohamed Raliou said in a statement read on state television that the BBC had "
      "repeatedly broadcast \"unfounded\" reports about security operations in the western Tillaberi region.")
F3 = "Local radio stations that continued to relay BBC programmes would face sanctions, the statement said."
F4 = "The minister warned that the suspension could be extended if the broadcaster did not correct its coverage."
F5 = "Raliou did not say which report had prompted the decision."
F6 = ("Earlier this week, the BBC's French-language service reported on an attack in which dozens of civilians were "
      "killed in the Tillaberi region, citing residents.")
F7 = "The BBC said it stood by its reporting and urged the authorities to reverse the suspension."
F8 = ("\"The BBC is an independent and impartial broadcaster, and our audiences in Niger deserve access to accurate "
      "news,\" a BBC spokesperson said.")
F9 = ("The BBC's local correspondents were not ordered to leave the country, and its office in Niamey remained open on "
      "Thursday, a staff member said.")
F10 = "Reporters Without Borders condemned the move and called on the junta to let journalists work freely."
F11 = "Britain's Foreign Office criticised the decision, saying a free press was essential to Niger's stability."
F12 = ("Since seizing power in July 2023, Niger's military rulers have suspended the French broadcasters RFI and "
       "France 24, ended military agreements with France and the United States and turned to Russia for security "
       "support.")
F13 = ("Burkina Faso and Mali, Niger's partners in the Alliance of Sahel States, have taken similar steps against "
       "foreign media.")

EN02 = {
    "id": "hm346-en-02", "lang": "en", "url": None, "published": "2024-12-12",
    "title": "Niger suspends BBC for three months over 'false information'",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9], [F10, F11], [F12, F13]),
    "events": [
        event("COERCE", NER_GOV, BBC, F1, mode="censor", date="2024-12-12", location_country="NER"),
        event("ACCUSE", NER_GOV, BBC, F1, mode="allege", date="2024-12-12"),
        event("ACCUSE", RALIOU, BBC, F2, mode="allege"),
        event("THREATEN", RALIOU, NER_RADIOS, F3),
        event("THREATEN", RALIOU, BBC, F4),
        event("REQUEST", BBC, NER_GOV, F7, mode="change"),
        event("SANCTION", NER_GOV, BBC, F9, mode="expel", negated=True),
        event("ACCUSE", RSF, NER_GOV, F10, mode="disapprove"),
        event("REQUEST", RSF, NER_GOV, F10, mode="change"),
        event("ACCUSE", FCDO, NER_GOV, F11, mode="disapprove"),
    ],
    "quotes": [
        quote("the BBC had repeatedly broadcast \"unfounded\" reports about security operations in the western "
              "Tillaberi region", "Sidi Mohamed Raliou", "indirect"),
        quote("unfounded", "Sidi Mohamed Raliou", "direct"),
        quote("Local radio stations that continued to relay BBC programmes would face sanctions", "Sidi Mohamed Raliou",
              "indirect"),
        quote("the suspension could be extended if the broadcaster did not correct its coverage", "Sidi Mohamed Raliou",
              "indirect"),
        quote("it stood by its reporting", "BBC", "indirect"),
        quote("The BBC is an independent and impartial broadcaster, and our audiences in Niger deserve access to "
              "accurate news", "Spokesperson of the BBC", "direct"),
        quote("The BBC's local correspondents were not ordered to leave the country, and its office in Niamey remained "
              "open on Thursday", "BBC staff member in Niamey", "indirect"),
        quote("a free press was essential to Niger's stability", "Foreign, Commonwealth and Development Office",
              "indirect"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["NIAMEY", "Niamey"]),
        entity("Niger", "LOC", "NER", ["Niger's", "Niger", "the country"]),
        entity("Government of Niger", "ORG", "NER", ["Niger's military government", "the authorities", "the junta",
                                                     "Niger's military rulers"]),
        entity("BBC", "ORG", "GBR", ["BBC", "the British broadcaster", "The BBC", "the broadcaster"]),
        entity("Sidi Mohamed Raliou", "PER", "NER", ["Communications Minister Sidi Mohamed Raliou", "The minister",
                                                     "Raliou"]),
        entity("Tele Sahel", "ORG", "NER", ["state television"]),
        entity("Tillaberi region", "LOC", "NER", ["the western Tillaberi region", "the Tillaberi region"]),
        entity("local radio stations relaying BBC programmes in Niger", "ORG", "NER", ["Local radio stations"]),
        entity("BBC Afrique", "ORG", "GBR", ["the BBC's French-language service"]),
        entity("civilians killed in the Tillaberi region", "PER", "NER", ["dozens of civilians"]),
        entity("Spokesperson of the BBC", "PER", "GBR", ["a BBC spokesperson"]),
        entity("BBC correspondents in Niger", "PER", "NER", ["The BBC's local correspondents"]),
        entity("BBC staff member in Niamey", "PER", "NER", ["a staff member"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporters Without Borders"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["Britain's Foreign Office"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain's"]),
        entity("RFI", "ORG", "FRA", ["RFI"]),
        entity("France 24", "ORG", "FRA", ["France 24"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Alliance of Sahel States", "ORG", "IGO", ["the Alliance of Sahel States"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
