"""Round 407: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm407-de-01: Israel: the Knesset vote to expel Hadash MK Ayman Odeh falls short of 90 votes; Boaron's accusation, House Committee backing, Odeh's charge of persecution and demand to the government, Ben-Gvir attacks opponents, ACRI objects, no police investigation, the failed Cassif motion and South Africa's ICJ case recalled (2025-07-14).
- hm407-de-02: Iran: security forces arrest lawyer Nasrin Sotoudeh at the funeral of Armita Geravand in Behesht-e Zahra; Khandan says she was beaten, Hengaw blames the morality police, the authorities deny it, Fars accuses Sotoudeh, the German Foreign Office demands her release, Paley condemns, the 2019 sentence and 2021 furlough recalled (2023-10-30).
- hm407-de-03: Tunisia: a Tunis court sentences commentators Borhen Bsaies and Mourad Zeghidi to a year each under Decree 54; the May 11 arrests and the raid on the bar association, prosecutors' charges, SNJT objects and demands repeal, Saied's claim, EU concern and the summoned EU ambassador, the lawyers' strike (2024-05-23).
- hm407-de-04: Morocco: Mohammed VI pardons 4,831 convicted or wanted cannabis farmers; the justice ministry's statement, last year's farmers' demonstration in Bab Berred, Chefchaouen farmers welcome it, Benkirane's earlier criticism, AMDH demands the release of the Rif protest leaders, Baitas's comment, seizures of cannabis resin, Algeria's drug accusation and Rabat's denial (2024-08-20).
- hm407-en-01: Libya: UN envoy Hanna Tetteh briefs the Security Council on a roadmap to elections and urges the rival institutions to agree on a legal framework; Dbeibah welcomes it, Aguila Saleh rejects a new transitional government, the eastern administration accuses UNSMIL, Dorothy Shea backs Tetteh, armed groups move into Tripoli (2025-08-21).
- hm407-en-02: Kuwait: the Supreme Committee for Nationality strips 2,162 more people of citizenship, reportedly including Nawal al-Kuwaitia and Dawood Hussain; Sheikh Fahad threatens forgers, HRW urges a halt, women accuse the government, pension concession, lawyers petition the emir, no deportations, the suspended parliament recalled (2024-12-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm407-de-01 (Israel, Odeh expulsion vote fails)
BOARON = actor("Avichai Boaron", "ISR", "LEG")
ODEH = actor("Ayman Odeh", "ISR", "LEG")
KNESSET_HOUSE = actor("House Committee of the Knesset", "ISR", "LEG")
ISR_COALITION = actor("Israeli governing coalition", "ISR", "LEG")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
ISR_MKS_AGAINST = actor("Knesset members who voted against the expulsion", "ISR", "LEG")
ACRI = actor("Association for Civil Rights in Israel", "ISR", "NGO")
CASSIF = actor("Ofer Cassif", "ISR", "LEG")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")

O1 = ("Jerusalem (dpa) - Der Versuch, den arabisch-israelischen Abgeordneten Ayman Odeh aus dem Parlament "
      "auszuschließen, ist gescheitert.")
O2 = "Bei der Abstimmung in der Knesset stimmten am Montag 73 Abgeordnete für den Ausschluss, nötig gewesen wären 90."
O3 = ("Der Likud-Abgeordnete Avichai Boaron hatte das Verfahren angestrengt und Odeh vorgeworfen, den bewaffneten "
      "Kampf gegen Israel unterstützt zu haben.")
O4 = ("Odeh hatte im Januar nach dem Austausch von Geiseln und Häftlingen auf der Plattform X geschrieben, beide "
      "Völker müssten „vom Joch der Besatzung befreit“ werden.")
O5 = "Der Geschäftsordnungsausschuss der Knesset hatte dem Antrag Ende Juni mit 14 zu 2 Stimmen zugestimmt."
O6 = ("Odeh sprach nach der Abstimmung von „politischer Verfolgung“ durch die rechtsreligiöse Regierungskoalition.")
O7 = ("„Sie wollen die arabische Bevölkerung aus der Politik drängen, aber das wird ihnen nicht gelingen“, sagte der "
      "Vorsitzende der Partei Hadasch vor Journalisten.")
O8 = ("Er forderte die Regierung auf, sich lieber um die Welle von Gewaltverbrechen in arabischen Gemeinden zu "
      "kümmern.")
O9 = "Die Polizei leitete wegen des Beitrags kein Ermittlungsverfahren gegen den 50-Jährigen ein."
O10 = ("Polizeiminister Itamar Ben-Gvir warf den Abgeordneten, die gegen den Ausschluss gestimmt hatten, vor, "
       "„Terrorunterstützer“ zu schützen.")
O11 = ("Die Vereinigung für Bürgerrechte in Israel nannte das Verfahren dagegen einen „gefährlichen Angriff auf die "
       "Demokratie“.")
O12 = ("Das Gesetz, das den Ausschluss von Abgeordneten wegen Unterstützung des bewaffneten Kampfes gegen Israel "
       "ermöglicht, war 2016 verabschiedet worden.")
O13 = ("Im Februar 2024 war bereits ein Antrag gegen den linken Abgeordneten Ofer Cassif an der nötigen Mehrheit "
       "gescheitert.")
O14 = ("Cassif hatte eine Klage Südafrikas gegen Israel wegen Völkermords vor dem Internationalen Gerichtshof "
       "unterstützt.")
O15 = "Arabische Bürger stellen etwa ein Fünftel der rund zehn Millionen Einwohner Israels."

DE01 = {
    "id": "hm407-de-01", "lang": "de", "url": None, "published": "2025-07-14",
    "title": "Ausschluss des arabischen Abgeordneten Odeh aus der Knesset gescheitert",
    "text": paragraphs([O1, O2, O3, O4], [O5, O6, O7, O8, O9], [O10, O11], [O12, O13, O14, O15]),
    "events": [
        event("ACCUSE", BOARON, ODEH, O3, mode="allege"),
        event("SUPPORT", KNESSET_HOUSE, BOARON, O5),
        event("ACCUSE", ODEH, ISR_COALITION, O6, mode="disapprove"),
        event("ACCUSE", ODEH, ISR_COALITION, O7, mode="disapprove"),
        event("REQUEST", ODEH, ISR_GOV, O8, mode="change"),
        event("ACCUSE", ISR_POLICE, ODEH, O9, mode="investigate", negated=True),
        event("ACCUSE", BEN_GVIR, ISR_MKS_AGAINST, O10, mode="disapprove"),
        event("ACCUSE", ACRI, BOARON, O11, mode="disapprove"),
        event("SUPPORT", CASSIF, ZAF_GOV, O14),
        event("ACCUSE", ZAF_GOV, ISR_GOV, O14, mode="allege"),
    ],
    "quotes": [
        quote("den bewaffneten Kampf gegen Israel unterstützt zu haben", "Avichai Boaron", "indirect"),
        quote("vom Joch der Besatzung befreit", "Ayman Odeh", "direct"),
        quote("beide Völker müssten „vom Joch der Besatzung befreit“ werden", "Ayman Odeh", "indirect"),
        quote("politischer Verfolgung", "Ayman Odeh", "direct"),
        quote("Sie wollen die arabische Bevölkerung aus der Politik drängen, aber das wird ihnen nicht gelingen",
              "Ayman Odeh", "direct"),
        quote("sich lieber um die Welle von Gewaltverbrechen in arabischen Gemeinden zu kümmern", "Ayman Odeh",
              "indirect"),
        quote("Terrorunterstützer", "Itamar Ben-Gvir", "direct"),
        quote("„Terrorunterstützer“ zu schützen", "Itamar Ben-Gvir", "indirect"),
        quote("gefährlichen Angriff auf die Demokratie", "Association for Civil Rights in Israel", "direct"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Ayman Odeh", "PER", "ISR", ["den arabisch-israelischen Abgeordneten Ayman Odeh", "Odeh",
                                            "der Vorsitzende der Partei Hadasch", "Er", "den 50-Jährigen"]),
        entity("Knesset", "ORG", "ISR", ["dem Parlament", "der Knesset"]),
        entity("Likud", "ORG", "ISR", ["Likud"]),
        entity("Avichai Boaron", "PER", "ISR", ["Der Likud-Abgeordnete Avichai Boaron"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("House Committee of the Knesset", "ORG", "ISR", ["Der Geschäftsordnungsausschuss der Knesset"]),
        entity("Israeli governing coalition", "ORG", "ISR", ["die rechtsreligiöse Regierungskoalition"]),
        entity("Hadash", "ORG", "ISR", ["der Partei Hadasch"]),
        entity("Government of Israel", "ORG", "ISR", ["die Regierung", "Israel"]),
        entity("Israel Police", "ORG", "ISR", ["Die Polizei"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Polizeiminister Itamar Ben-Gvir"]),
        entity("Knesset members who voted against the expulsion", "PER", "ISR",
               ["den Abgeordneten, die gegen den Ausschluss gestimmt hatten"]),
        entity("Association for Civil Rights in Israel", "ORG", "ISR", ["Die Vereinigung für Bürgerrechte in Israel"]),
        entity("Ofer Cassif", "PER", "ISR", ["den linken Abgeordneten Ofer Cassif", "Cassif"]),
        entity("Government of South Africa", "ORG", "ZAF", ["Südafrikas"]),
        entity("International Court of Justice", "ORG", "UNO", ["dem Internationalen Gerichtshof"]),
        entity("Arab citizens of Israel", "PER", "ISR", ["die arabische Bevölkerung", "Arabische Bürger"]),
    ],
}

# ---------------------------------------------------------------- hm407-de-02 (Iran, Sotoudeh arrested at funeral)
IRN_SECURITY = actor("Iranian security forces", "IRN", "COP")
SOTOUDEH = actor("Nasrin Sotoudeh", "IRN", "CVL")
KHANDAN = actor("Reza Khandan", "IRN", "CVL")
HENGAW = actor("Hengaw", "NGO", "NGO")
MORALITY_POLICE = actor("Iranian morality police", "IRN", "COP")
FARS = actor("Fars News Agency", "IRN", "MED")
DEU_AA = actor("Federal Foreign Office of Germany", "DEU", "GOV")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
PALEY = actor("Abram Paley", "USA", "GOV")
IRN_REV_COURT = actor("Revolutionary Court of Iran", "IRN", "JUD")
IRN_JUDICIARY = actor("Judiciary of Iran", "IRN", "JUD")

N1 = ("Teheran (dpa) - Im Iran ist die bekannte Menschenrechtsanwältin Nasrin Sotudeh bei der Beerdigung der "
      "16-jährigen Armita Geravand festgenommen worden.")
N2 = ("Sicherheitskräfte führten die 60-Jährige am Sonntag auf dem Friedhof Behescht-e Sahra im Süden Teherans ab, "
      "wie ihr Ehemann Resa Chandan auf der Plattform X mitteilte.")
N3 = "Chandan zufolge wurde Sotudeh bei der Festnahme geschlagen."
N4 = "Grund sei gewesen, dass sie kein Kopftuch getragen habe, schrieb er."
N5 = ("Die Schülerin Armita Geravand war Anfang Oktober in einer Teheraner U-Bahn-Station zusammengebrochen und am "
      "Samstag nach Wochen im Koma gestorben.")
N6 = ("Die kurdische Menschenrechtsorganisation Hengaw warf der Sittenpolizei vor, das Mädchen angegriffen zu haben, "
      "weil es kein Kopftuch trug.")
N7 = "Die Behörden weisen das zurück und sprechen von einem Kreislaufkollaps wegen niedrigen Blutdrucks."
N8 = ("Die staatsnahe Nachrichtenagentur Fars warf Sotudeh vor, die Trauerfeier für „politische Propaganda“ "
      "missbraucht zu haben.")
N9 = "Das Auswärtige Amt in Berlin forderte die sofortige Freilassung der Anwältin."
N10 = ("„Niemand darf dafür bestraft werden, dass er um ein Kind trauert“, schrieb das Ministerium auf X an die "
       "Adresse Teherans.")
N11 = "Auch der amtierende US-Sondergesandte für Iran, Abram Paley, verurteilte die Festnahme."
N12 = ("Sotudeh war 2019 von einem Revolutionsgericht zu insgesamt 38 Jahren Haft und 148 Peitschenhieben "
       "verurteilt worden.")
N13 = "2021 ließ die Justiz sie aus gesundheitlichen Gründen vorübergehend frei."
N14 = "Die Anwältin hatte unter anderem Frauen verteidigt, die öffentlich ihr Kopftuch abgelegt hatten."
N15 = ("Seit dem Tod der jungen Kurdin Jina Mahsa Amini im Polizeigewahrsam im September 2022 widersetzen sich "
       "landesweit viele Frauen der Kopftuchpflicht.")

DE02 = {
    "id": "hm407-de-02", "lang": "de", "url": None, "published": "2023-10-30",
    "title": "Iranische Anwältin Sotudeh bei Beerdigung festgenommen",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11], [N12, N13, N14, N15]),
    "events": [
        event("COERCE", IRN_SECURITY, SOTOUDEH, N1, mode="arrest", location_country="IRN"),
        event("COERCE", IRN_SECURITY, SOTOUDEH, N2, mode="arrest", date="2023-10-29",
              location="Behesht-e Zahra, Tehran", location_country="IRN"),
        event("ACCUSE", KHANDAN, IRN_SECURITY, N3, mode="allege"),
        event("ACCUSE", HENGAW, MORALITY_POLICE, N6, mode="allege"),
        event("ACCUSE", FARS, SOTOUDEH, N8, mode="disapprove"),
        event("REQUEST", DEU_AA, IRN_GOV, N9, mode="yield"),
        event("ACCUSE", DEU_AA, IRN_GOV, N10, mode="disapprove"),
        event("ACCUSE", PALEY, IRN_GOV, N11, mode="disapprove"),
        event("SANCTION", IRN_REV_COURT, SOTOUDEH, N12, mode="convict"),
        event("RETREAT", IRN_JUDICIARY, SOTOUDEH, N13, mode="release"),
    ],
    "quotes": [
        quote("Sicherheitskräfte führten die 60-Jährige am Sonntag auf dem Friedhof Behescht-e Sahra im Süden Teherans "
              "ab", "Reza Khandan", "indirect"),
        quote("wurde Sotudeh bei der Festnahme geschlagen", "Reza Khandan", "indirect"),
        quote("Grund sei gewesen, dass sie kein Kopftuch getragen habe", "Reza Khandan", "indirect"),
        quote("das Mädchen angegriffen zu haben, weil es kein Kopftuch trug", "Hengaw", "indirect"),
        quote("politische Propaganda", "Fars News Agency", "direct"),
        quote("die Trauerfeier für „politische Propaganda“ missbraucht zu haben", "Fars News Agency", "indirect"),
        quote("Niemand darf dafür bestraft werden, dass er um ein Kind trauert", "Federal Foreign Office of Germany",
              "direct"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran", "Teherans"]),
        entity("Iran", "LOC", "IRN", ["Im Iran", "Iran"]),
        entity("Nasrin Sotoudeh", "PER", "IRN", ["die bekannte Menschenrechtsanwältin Nasrin Sotudeh",
                                                 "die 60-Jährige", "Sotudeh", "sie", "der Anwältin", "Die Anwältin"]),
        entity("Armita Geravand", "PER", "IRN", ["der 16-jährigen Armita Geravand", "Die Schülerin Armita Geravand",
                                                 "das Mädchen", "es"]),
        entity("Iranian security forces", "ORG", "IRN", ["Sicherheitskräfte"]),
        entity("Behesht-e Zahra", "LOC", "IRN", ["dem Friedhof Behescht-e Sahra im Süden Teherans"]),
        entity("Reza Khandan", "PER", "IRN", ["ihr Ehemann Resa Chandan", "Chandan", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X", "X"]),
        entity("Hengaw", "ORG", "NGO", ["Die kurdische Menschenrechtsorganisation Hengaw"]),
        entity("Iranian morality police", "ORG", "IRN", ["der Sittenpolizei"]),
        entity("Government of Iran", "ORG", "IRN", ["Die Behörden", "Teherans"]),
        entity("Fars News Agency", "ORG", "IRN", ["Die staatsnahe Nachrichtenagentur Fars"]),
        entity("Federal Foreign Office of Germany", "ORG", "DEU", ["Das Auswärtige Amt in Berlin",
                                                                   "das Ministerium"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Abram Paley", "PER", "USA", ["der amtierende US-Sondergesandte für Iran, Abram Paley"]),
        entity("Revolutionary Court of Iran", "ORG", "IRN", ["einem Revolutionsgericht"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["die Justiz"]),
        entity("Jina Mahsa Amini", "PER", "IRN", ["der jungen Kurdin Jina Mahsa Amini"]),
    ],
}

# ---------------------------------------------------------------- hm407-de-03 (Tunisia, commentators sentenced)
TUN_COURT = actor("Tunis Court of First Instance", "TUN", "JUD")
BSAIES = actor("Borhen Bsaies", "TUN", "MED")
ZEGHIDI = actor("Mourad Zeghidi", "TUN", "MED")
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
DAHMANI = actor("Sonia Dahmani", "TUN", "CVL")
TUN_BAR = actor("Tunisian Bar Association", "TUN", "CVL")
TUN_PROSECUTORS = actor("Public Prosecution of Tunisia", "TUN", "JUD")
SNJT = actor("National Syndicate of Tunisian Journalists", "TUN", "LAB")
DABBAR = actor("Zied Dabbar", "TUN", "LAB")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
EU = actor("European Union", "EUR", "IGO")
TUN_FM = actor("Ministry of Foreign Affairs of Tunisia", "TUN", "GOV")
TUN_LAWYERS = actor("Tunisian lawyers", "TUN", "CVL")
KAIS_SAIED = actor("Kais Saied", "TUN", "GOV")

T1 = ("Tunis (dpa) - Ein Gericht in Tunis hat zwei bekannte Radio- und Fernsehkommentatoren wegen kritischer "
      "Äußerungen zu jeweils einem Jahr Haft verurteilt.")
T2 = ("Borhen Bsaies und Mourad Zeghidi seien am späten Mittwochabend nach dem umstrittenen Dekret 54 gegen die "
      "Verbreitung „falscher Nachrichten“ schuldig gesprochen worden, sagte ihr Verteidiger.")
T3 = ("Die beiden waren am 11. Mai festgenommen worden, in derselben Nacht, in der Polizisten das Haus der "
      "Anwaltskammer stürmten und die Anwältin Sonia Dahmani abführten.")
T4 = ("Die Staatsanwaltschaft hatte Bsaies Beiträge in sozialen Medien und Zeghidi Äußerungen in einer "
      "Fernsehsendung vorgeworfen, die dem Ansehen des Staates geschadet hätten.")
T5 = ("Zeghidi hatte unter anderem einen Journalisten verteidigt, der die Politik der Regierung gegenüber Migranten "
      "kritisiert hatte.")
T6 = "Die Journalistengewerkschaft SNJT sprach von einem „schwarzen Tag für die Meinungsfreiheit“."
T7 = "Ihr Vorsitzender Zied Dabbar rief die Regierung auf, das Dekret 54 abzuschaffen."
T8 = "Präsident Kais Saied hatte das Dekret im September 2022 erlassen."
T9 = "Saied hatte am Dienstag erklärt, in Tunesien werde niemand wegen seiner Meinung verfolgt."
T10 = "Die Europäische Union äußerte sich besorgt über die Festnahmen der vergangenen Wochen."
T11 = "Das Außenministerium in Tunis bestellte daraufhin den EU-Botschafter Marcus Cornaro ein."
T12 = ("Saied verbat sich jede ausländische Einmischung und sagte, Tunesien sei „kein Protektorat“.")
T13 = "Dahmani sitzt weiterhin in Untersuchungshaft."
T14 = "Die Anwälte des Landes hatten aus Protest gegen ihre Festnahme vergangene Woche landesweit gestreikt."
T15 = ("Seit der Machtkonzentration im Sommer 2021 sind in Tunesien zahlreiche Oppositionelle, Anwälte und "
       "Journalisten inhaftiert worden.")
T16 = "Im Herbst soll ein neuer Präsident gewählt werden."

DE03 = {
    "id": "hm407-de-03", "lang": "de", "url": None, "published": "2024-05-23",
    "title": "Tunesien: Ein Jahr Haft für zwei Kommentatoren",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8, T9], [T10, T11, T12], [T13, T14, T15, T16]),
    "events": [
        event("SANCTION", TUN_COURT, BSAIES, T1, mode="convict", location="Tunis", location_country="TUN"),
        event("SANCTION", TUN_COURT, ZEGHIDI, T1, mode="convict", location="Tunis", location_country="TUN"),
        event("SANCTION", TUN_COURT, BSAIES, T2, mode="convict", date="2024-05-22"),
        event("SANCTION", TUN_COURT, ZEGHIDI, T2, mode="convict", date="2024-05-22"),
        event("COERCE", TUN_POLICE, BSAIES, T3, mode="arrest", date="2024-05-11"),
        event("COERCE", TUN_POLICE, ZEGHIDI, T3, mode="arrest", date="2024-05-11"),
        event("COERCE", TUN_POLICE, TUN_BAR, T3, date="2024-05-11"),
        event("COERCE", TUN_POLICE, DAHMANI, T3, mode="arrest", date="2024-05-11"),
        event("ACCUSE", TUN_PROSECUTORS, BSAIES, T4, mode="allege"),
        event("ACCUSE", TUN_PROSECUTORS, ZEGHIDI, T4, mode="allege"),
        event("ACCUSE", SNJT, TUN_COURT, T6, mode="disapprove"),
        event("REQUEST", DABBAR, TUN_GOV, T7, mode="change"),
        event("ACCUSE", EU, TUN_GOV, T10, mode="disapprove"),
        event("ACCUSE", TUN_FM, EU, T11, mode="disapprove", location="Tunis", location_country="TUN"),
        event("ACCUSE", KAIS_SAIED, EU, T12, mode="disapprove"),
        event("PROTEST", TUN_LAWYERS, TUN_GOV, T14, mode="strike", location_country="TUN"),
    ],
    "quotes": [
        quote("Borhen Bsaies und Mourad Zeghidi seien am späten Mittwochabend nach dem umstrittenen Dekret 54 gegen "
              "die Verbreitung „falscher Nachrichten“ schuldig gesprochen worden", "lawyer of Borhen Bsaies and "
              "Mourad Zeghidi", "indirect"),
        quote("die dem Ansehen des Staates geschadet hätten", "Public Prosecution of Tunisia", "indirect"),
        quote("schwarzen Tag für die Meinungsfreiheit", "National Syndicate of Tunisian Journalists", "direct"),
        quote("das Dekret 54 abzuschaffen", "Zied Dabbar", "indirect"),
        quote("in Tunesien werde niemand wegen seiner Meinung verfolgt", "Kais Saied", "indirect"),
        quote("kein Protektorat", "Kais Saied", "direct"),
        quote("Tunesien sei „kein Protektorat“", "Kais Saied", "indirect"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunis Court of First Instance", "ORG", "TUN", ["Ein Gericht in Tunis"]),
        entity("Borhen Bsaies", "PER", "TUN", ["Borhen Bsaies", "Bsaies"]),
        entity("Mourad Zeghidi", "PER", "TUN", ["Mourad Zeghidi", "Zeghidi"]),
        entity("lawyer of Borhen Bsaies and Mourad Zeghidi", "PER", "TUN", ["ihr Verteidiger"]),
        entity("Decree 54", "MISC", "TUN", ["Dekret 54", "das Dekret"]),
        entity("Tunisian police", "ORG", "TUN", ["Polizisten"]),
        entity("Tunisian Bar Association", "ORG", "TUN", ["der Anwaltskammer"]),
        entity("Sonia Dahmani", "PER", "TUN", ["die Anwältin Sonia Dahmani", "Dahmani", "ihre"]),
        entity("Public Prosecution of Tunisia", "ORG", "TUN", ["Die Staatsanwaltschaft"]),
        entity("National Syndicate of Tunisian Journalists", "ORG", "TUN", ["Die Journalistengewerkschaft SNJT"]),
        entity("Zied Dabbar", "PER", "TUN", ["Ihr Vorsitzender Zied Dabbar"]),
        entity("Government of Tunisia", "ORG", "TUN", ["der Regierung", "die Regierung"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "Saied"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien", "des Landes"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Ministry of Foreign Affairs of Tunisia", "ORG", "TUN", ["Das Außenministerium in Tunis"]),
        entity("Marcus Cornaro", "PER", "EUR", ["den EU-Botschafter Marcus Cornaro"]),
        entity("Tunisian lawyers", "PER", "TUN", ["Die Anwälte des Landes"]),
    ],
}

# ---------------------------------------------------------------- hm407-de-04 (Morocco, cannabis farmers pardoned)
MOHAMMED_VI = actor("Mohammed VI", "MAR", "GOV")
CANNABIS_FARMERS = actor("Moroccan cannabis farmers", "MAR", "CVL")
CHEF_FARMERS = actor("farmers' representatives in Chefchaouen", "MAR", "CVL")
BENKIRANE = actor("Abdelilah Benkirane", "MAR", "PTY")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
AMDH = actor("Moroccan Association for Human Rights", "MAR", "NGO")
DGSN = actor("General Directorate for National Security of Morocco", "MAR", "COP")
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")

C1 = ("Rabat (dpa) - Marokkos König Mohammed VI. hat mehr als 4800 wegen Cannabis-Anbaus verurteilte oder gesuchte "
      "Bauern begnadigt.")
C2 = ("Die Begnadigung betreffe 4831 Menschen, die verurteilt, angeklagt oder polizeilich gesucht worden seien, "
      "teilte das Justizministerium am Montag mit.")
C3 = "Die Betroffenen könnten sich nun am legalen Anbau beteiligen, hieß es weiter."
C4 = "Das nordafrikanische Land hatte 2021 den Anbau von Cannabis für medizinische und industrielle Zwecke erlaubt."
C5 = ("Eine eigens geschaffene Behörde vergibt seither Lizenzen an Bauern, vor allem im Rif-Gebirge im Norden des "
      "Landes.")
C5B = ("Im vergangenen Jahr hatten Hunderte Bauern in Bab Berred für eine Amnestie "
       "demonstriert.")
C6 = "Bauernvertreter in der Provinz Chefchaouen begrüßten die Entscheidung des Monarchen."
C7 = ("„Endlich können wir ohne Angst vor der Polizei leben“, sagte ein Landwirt aus dem Dorf Bab Berred der "
      "Deutschen Presse-Agentur.")
C8 = ("Der frühere Regierungschef Abdelilah Benkirane von der islamistischen PJD hatte die Legalisierung 2021 scharf "
      "kritisiert.")
C9 = ("Die marokkanische Menschenrechtsvereinigung AMDH forderte den König auf, auch die inhaftierten Anführer der "
      "Protestbewegung im Rif freizulassen.")
C10 = "Der bekannteste von ihnen, Nasser Zefzafi, verbüßt eine 20-jährige Haftstrafe."
C11 = ("Regierungssprecher Mustapha Baitas sagte, Begnadigungen lägen allein in der Zuständigkeit des Königs.")
C12 = ("Marokko gilt als einer der weltweit größten Produzenten von Cannabisharz, der Großteil wird nach Europa "
       "geschmuggelt.")
C13 = ("Die Nationale Sicherheitsbehörde beschlagnahmte nach eigenen Angaben allein im ersten Halbjahr mehr als 70 "
       "Tonnen Cannabisharz.")
C14 = "Das Nachbarland Algerien wirft Rabat seit Jahren vor, es gezielt mit Drogen zu überschwemmen."
C15 = "Marokko weist das zurück."

DE04 = {
    "id": "hm407-de-04", "lang": "de", "url": None, "published": "2024-08-20",
    "title": "Marokkos König begnadigt Tausende Cannabis-Bauern",
    "text": paragraphs([C1, C2, C3], [C4, C5, C5B, C6, C7, C8], [C9, C10, C11], [C12, C13, C14, C15]),
    "events": [
        event("CONCEDE", MOHAMMED_VI, CANNABIS_FARMERS, C1),
        event("CONCEDE", MOHAMMED_VI, CANNABIS_FARMERS, C2, date="2024-08-19"),
        event("PROTEST", CANNABIS_FARMERS, MAR_GOV, C5B, mode="demo", location="Bab Berred",
              location_country="MAR"),
        event("SUPPORT", CHEF_FARMERS, MOHAMMED_VI, C6),
        event("ACCUSE", BENKIRANE, MAR_GOV, C8, mode="disapprove"),
        event("REQUEST", AMDH, MOHAMMED_VI, C9, mode="yield"),
        event("COERCE", DGSN, None, C13, mode="seize", location_country="MAR"),
        event("ACCUSE", DZA_GOV, MAR_GOV, C14, mode="allege"),
    ],
    "quotes": [
        quote("Die Begnadigung betreffe 4831 Menschen, die verurteilt, angeklagt oder polizeilich gesucht worden seien",
              "Ministry of Justice of Morocco", "indirect"),
        quote("Die Betroffenen könnten sich nun am legalen Anbau beteiligen", "Ministry of Justice of Morocco",
              "indirect"),
        quote("Endlich können wir ohne Angst vor der Polizei leben", "farmer from Bab Berred", "direct"),
        quote("Begnadigungen lägen allein in der Zuständigkeit des Königs", "Mustapha Baitas", "indirect"),
        quote("es gezielt mit Drogen zu überschwemmen", "Government of Algeria", "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Morocco", "LOC", "MAR", ["Marokkos", "Das nordafrikanische Land", "des Landes", "Marokko"]),
        entity("Mohammed VI", "PER", "MAR", ["Marokkos König Mohammed VI.", "des Monarchen", "den König",
                                             "des Königs"]),
        entity("Moroccan cannabis farmers", "PER", "MAR", ["wegen Cannabis-Anbaus verurteilte oder gesuchte Bauern",
                                                           "4831 Menschen", "Die Betroffenen",
                                                           "Hunderte Bauern"]),
        entity("Ministry of Justice of Morocco", "ORG", "MAR", ["das Justizministerium"]),
        entity("National Agency for the Regulation of Cannabis-Related Activities", "ORG", "MAR",
               ["Eine eigens geschaffene Behörde"]),
        entity("Rif", "LOC", "MAR", ["Rif-Gebirge", "im Rif"]),
        entity("Chefchaouen", "LOC", "MAR", ["der Provinz Chefchaouen"]),
        entity("farmers' representatives in Chefchaouen", "PER", "MAR", ["Bauernvertreter"]),
        entity("farmer from Bab Berred", "PER", "MAR", ["ein Landwirt aus dem Dorf Bab Berred"]),
        entity("Bab Berred", "LOC", "MAR", ["Bab Berred", "dem Dorf Bab Berred"]),
        entity("Deutsche Presse-Agentur", "ORG", "DEU", ["Deutschen Presse-Agentur"]),
        entity("Abdelilah Benkirane", "PER", "MAR", ["Der frühere Regierungschef Abdelilah Benkirane"]),
        entity("Justice and Development Party", "ORG", "MAR", ["der islamistischen PJD"]),
        entity("Moroccan Association for Human Rights", "ORG", "MAR", ["Die marokkanische Menschenrechtsvereinigung "
                                                                       "AMDH"]),
        entity("Hirak Rif leaders", "PER", "MAR", ["die inhaftierten Anführer der Protestbewegung im Rif"]),
        entity("Nasser Zefzafi", "PER", "MAR", ["Der bekannteste von ihnen, Nasser Zefzafi"]),
        entity("Mustapha Baitas", "PER", "MAR", ["Regierungssprecher Mustapha Baitas"]),
        entity("Europe", "LOC", "EUR", ["Europa"]),
        entity("General Directorate for National Security of Morocco", "ORG", "MAR",
               ["Die Nationale Sicherheitsbehörde"]),
        entity("Algeria", "LOC", "DZA", ["Das Nachbarland Algerien"]),
        entity("Government of Algeria", "ORG", "DZA", ["Das Nachbarland Algerien"]),
        entity("Government of Morocco", "ORG", "MAR", ["Rabat", "Marokko"]),
    ],
}

# ---------------------------------------------------------------- hm407-en-01 (Libya, UN roadmap)
TETTEH = actor("Hanna Tetteh", "UNO", "IGO")
LBY_LEADERS = actor("Libyan political leaders", "LBY", "GOV")
LBY_HOR = actor("House of Representatives of Libya", "LBY", "LEG")
LBY_HCS = actor("High Council of State of Libya", "LBY", "LEG")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
AGUILA_SALEH = actor("Aguila Saleh", "LBY", "LEG")
UNSMIL = actor("United Nations Support Mission in Libya", "UNO", "IGO")
LBY_EAST_GOV = actor("Government of National Stability of Libya", "LBY", "GOV")
SHEA = actor("Dorothy Shea", "USA", "GOV")
TRIPOLI_ARMED = actor("Tripoli armed groups", "LBY", "REB")

L1 = ("UNITED NATIONS (AP) — The U.N. envoy for Libya on Thursday urged the country's rival leaders to back a new "
      "roadmap toward long-delayed national elections, warning that the divided North African nation risked sliding "
      "back into war.")
L2 = ("Hanna Tetteh told the Security Council that the plan foresees a unified interim government and a reformed "
      "electoral commission within 12 to 18 months.")
L3 = "\"The status quo is not sustainable,\" she said."
L4 = ("She asked the eastern-based House of Representatives and the High Council of State in Tripoli to agree within "
      "two months on the legal framework for the vote.")
L5 = ("Prime Minister Abdul Hamid Dbeibah, who heads the U.N.-recognized government in Tripoli, welcomed the plan in "
      "a statement.")
L6 = "He has repeatedly said he would hand power only to an elected government."
L7 = ("Aguila Saleh, the speaker of the eastern parliament, rejected any new transitional government that was not "
      "formed by lawmakers.")
L8 = ("The rival administration in the east, which is backed by military commander Khalifa Hifter, accused the U.N. "
      "mission of siding with Tripoli.")
L9 = ("Acting U.S. Ambassador Dorothy Shea said Washington supported the envoy's efforts and urged all Libyan parties "
      "to avoid unilateral steps.")
L10 = ("Armed groups loyal to rival factions have moved fighters and armored vehicles into the Libyan capital in "
       "recent weeks.")
L11 = ("Tetteh said she was \"deeply concerned\" about the buildup, which followed deadly clashes in Tripoli in May.")
L12 = "Libya has been split between rival administrations in the east and west for most of the past decade."
L13 = ("Elections planned for December 2021 were called off amid disputes over the eligibility of leading "
       "candidates.")
L14 = ("Tetteh, a former foreign minister of Ghana, took over the U.N. Support Mission in Libya, known as UNSMIL, "
       "earlier this year.")
L15 = "She said the mission would start consultations on the plan with Libyan officials next week."

EN01 = {
    "id": "hm407-en-01", "lang": "en", "url": None, "published": "2025-08-21",
    "title": "UN envoy urges Libya's rivals to back roadmap to elections",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8, L9], [L10, L11], [L12, L13, L14, L15]),
    "events": [
        event("REQUEST", TETTEH, LBY_LEADERS, L1, date="2025-08-21"),
        event("REQUEST", TETTEH, LBY_HOR, L4),
        event("REQUEST", TETTEH, LBY_HCS, L4),
        event("SUPPORT", DBEIBAH, TETTEH, L5),
        event("REJECT", AGUILA_SALEH, TETTEH, L7),
        event("ACCUSE", LBY_EAST_GOV, UNSMIL, L8, mode="disapprove"),
        event("SUPPORT", SHEA, TETTEH, L9),
        event("REQUEST", SHEA, LBY_LEADERS, L9),
        event("MOBILIZE", TRIPOLI_ARMED, None, L10, mode="militia", location="Tripoli", location_country="LBY"),
        event("ACCUSE", TETTEH, TRIPOLI_ARMED, L11, mode="disapprove"),
        event("AGREE", UNSMIL, LBY_LEADERS, L15, mode="meet"),
    ],
    "quotes": [
        quote("the divided North African nation risked sliding back into war", "Hanna Tetteh", "indirect"),
        quote("the plan foresees a unified interim government and a reformed electoral commission within 12 to 18 "
              "months", "Hanna Tetteh", "indirect"),
        quote("The status quo is not sustainable", "Hanna Tetteh", "direct"),
        quote("he would hand power only to an elected government", "Abdul Hamid Dbeibah", "indirect"),
        quote("Washington supported the envoy's efforts and urged all Libyan parties to avoid unilateral steps",
              "Dorothy Shea", "indirect"),
        quote("deeply concerned", "Hanna Tetteh", "direct"),
        quote("she was \"deeply concerned\" about the buildup, which followed deadly clashes in Tripoli in May",
              "Hanna Tetteh", "indirect"),
        quote("the mission would start consultations on the plan with Libyan officials next week", "Hanna Tetteh",
              "indirect"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["UNITED NATIONS"]),
        entity("Hanna Tetteh", "PER", "UNO", ["The U.N. envoy for Libya", "Hanna Tetteh", "she", "She", "the envoy's",
                                              "Tetteh, a former foreign minister of Ghana", "Tetteh"]),
        entity("Libya", "LOC", "LBY", ["Libya", "the country's", "the divided North African nation"]),
        entity("Libyan political leaders", "PER", "LBY", ["the country's rival leaders", "all Libyan parties",
                                                          "Libyan officials"]),
        entity("United Nations Security Council", "ORG", "UNO", ["the Security Council"]),
        entity("House of Representatives of Libya", "ORG", "LBY", ["the eastern-based House of Representatives",
                                                                   "the eastern parliament", "lawmakers"]),
        entity("High Council of State of Libya", "ORG", "LBY", ["the High Council of State in Tripoli"]),
        entity("Tripoli", "LOC", "LBY", ["Tripoli", "the Libyan capital"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Prime Minister Abdul Hamid Dbeibah", "He", "he"]),
        entity("Government of National Unity of Libya", "ORG", "LBY", ["the U.N.-recognized government in Tripoli",
                                                                       "Tripoli"]),
        entity("Aguila Saleh", "PER", "LBY", ["Aguila Saleh, the speaker of the eastern parliament"]),
        entity("Government of National Stability of Libya", "ORG", "LBY", ["The rival administration in the east"]),
        entity("Khalifa Hifter", "PER", "LBY", ["military commander Khalifa Hifter"]),
        entity("United Nations Support Mission in Libya", "ORG", "UNO", ["the U.N. mission",
                                                                         "the U.N. Support Mission in Libya",
                                                                         "UNSMIL", "the mission"]),
        entity("Dorothy Shea", "PER", "USA", ["Acting U.S. Ambassador Dorothy Shea"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Tripoli armed groups", "ORG", "LBY", ["Armed groups loyal to rival factions"]),
        entity("Ghana", "LOC", "GHA", ["Ghana"]),
    ],
}

# ---------------------------------------------------------------- hm407-en-02 (Kuwait, citizenship revocations)
KWT_NAT_COMMITTEE = actor("Supreme Committee for Nationality of Kuwait", "KWT", "GOV")
KWT_REVOKED = actor("Kuwaitis stripped of citizenship", "KWT", "CVL")
KWT_WOMEN = actor("women naturalized through marriage in Kuwait", "KWT", "CVL")
NAWAL = actor("Nawal al-Kuwaitia", "KWT", "CVL")
DAWOOD = actor("Dawood Hussain", "KWT", "CVL")
MESHAL = actor("Meshal al-Ahmad al-Jaber al-Sabah", "KWT", "GOV")
KWT_ASSEMBLY = actor("National Assembly of Kuwait", "KWT", "LEG")
FAHAD = actor("Fahad Yousef Saud al-Sabah", "KWT", "GOV")
KWT_FRAUD = actor("holders of fraudulently obtained Kuwaiti citizenship", "KWT", "CVL")
HRW = actor("Human Rights Watch", "NGO", "NGO")
KWT_GOV = actor("Government of Kuwait", "KWT", "GOV")
KWT_LAWYERS = actor("Kuwaiti lawyers", "KWT", "CVL")
KWT_INTERIOR = actor("Ministry of Interior of Kuwait", "KWT", "GOV")

K1 = ("KUWAIT CITY (AP) — Kuwait has stripped thousands more people of their citizenship, including two of the Gulf "
      "state's best-known entertainers, as its ruler presses ahead with a sweeping review of who counts as a "
      "Kuwaiti.")
K2 = ("The Supreme Committee for Nationality said in a decree published Thursday that it had revoked the "
      "citizenship of 2,162 people, most of them women who had obtained it through marriage.")
K3 = ("Local media reported that singer Nawal al-Kuwaitia and actor Dawood Hussain were among those affected.")
K4 = "Neither has commented publicly."
K5 = ("The review has gathered pace since Emir Sheikh Meshal al-Ahmad al-Sabah suspended parliament in May and "
      "took over some of its powers, saying democracy was being abused to harm the state.")
K6 = ("Interior Minister Sheikh Fahad Yousef al-Sabah, who chairs the committee, has said the campaign aims to "
      "preserve the \"Kuwaiti identity\" and weed out forgers.")
K7 = ("\"Whoever obtained citizenship by fraud or forgery will be held to account,\" he told the state news agency "
      "KUNA on Wednesday.")
K8 = ("Human Rights Watch urged the authorities to halt the revocations, saying they risked leaving people "
      "stateless and splitting families.")
K9 = ("Several of the women accused the government in videos circulating online of cutting off their salaries, bank "
      "accounts and health care overnight.")
K10 = ("The government later said women who lost their citizenship would keep their pensions and access to state "
       "services.")
K11 = ("A group of lawyers has petitioned the emir's office to review individual cases, since the committee's "
       "decisions cannot be challenged in court.")
K12 = ("No one stripped of citizenship has been deported, according to the Interior Ministry.")
K13 = ("Kuwait, a major oil producer with a population of about 4.9 million, has only around 1.5 million "
       "citizens.")
K14 = ("Tens of thousands of stateless residents, known as Bidoon, have been denied citizenship for decades.")

EN02 = {
    "id": "hm407-en-02", "lang": "en", "url": None, "published": "2024-12-06",
    "title": "Kuwait strips thousands more of citizenship, including famous entertainers",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10, K11, K12], [K13, K14]),
    "events": [
        event("COERCE", KWT_GOV, KWT_REVOKED, K1, mode="restrict"),
        event("COERCE", KWT_NAT_COMMITTEE, KWT_WOMEN, K2, mode="restrict", date="2024-12-05"),
        event("COERCE", KWT_NAT_COMMITTEE, NAWAL, K3, mode="restrict"),
        event("COERCE", KWT_NAT_COMMITTEE, DAWOOD, K3, mode="restrict"),
        event("COERCE", MESHAL, KWT_ASSEMBLY, K5, mode="restrict"),
        event("THREATEN", FAHAD, KWT_FRAUD, K7, date="2024-12-04"),
        event("REQUEST", HRW, KWT_GOV, K8, mode="change"),
        event("ACCUSE", KWT_WOMEN, KWT_GOV, K9, mode="allege"),
        event("CONCEDE", KWT_GOV, KWT_WOMEN, K10),
        event("REQUEST", KWT_LAWYERS, MESHAL, K11, mode="change"),
        event("COERCE", KWT_INTERIOR, KWT_REVOKED, K12, mode="deport", negated=True),
    ],
    "quotes": [
        quote("it had revoked the citizenship of 2,162 people, most of them women who had obtained it through "
              "marriage", "Supreme Committee for Nationality of Kuwait", "indirect"),
        quote("singer Nawal al-Kuwaitia and actor Dawood Hussain were among those affected", "Kuwaiti media",
              "indirect"),
        quote("democracy was being abused to harm the state", "Meshal al-Ahmad al-Jaber al-Sabah", "indirect"),
        quote("Kuwaiti identity", "Fahad Yousef Saud al-Sabah", "direct"),
        quote("the campaign aims to preserve the \"Kuwaiti identity\" and weed out forgers", "Fahad Yousef Saud al-Sabah", "indirect"),
        quote("Whoever obtained citizenship by fraud or forgery will be held to account",
              "Fahad Yousef Saud al-Sabah", "direct"),
        quote("they risked leaving people stateless and splitting families", "Human Rights Watch", "indirect"),
        quote("women who lost their citizenship would keep their pensions and access to state services",
              "Government of Kuwait", "indirect"),
        quote("No one stripped of citizenship has been deported", "Ministry of Interior of Kuwait", "indirect"),
    ],
    "entities": [
        entity("Kuwait City", "LOC", "KWT", ["KUWAIT CITY"]),
        entity("Kuwait", "LOC", "KWT", ["Kuwait", "the Gulf state's"]),
        entity("Government of Kuwait", "ORG", "KWT", ["Kuwait", "the authorities", "the government",
                                                      "The government"]),
        entity("Kuwaitis stripped of citizenship", "PER", "KWT", ["thousands more people"]),
        entity("Meshal al-Ahmad al-Jaber al-Sabah", "PER", "KWT", ["its ruler", "Emir Sheikh Meshal al-Ahmad "
                                                                                "al-Sabah", "the emir's"]),
        entity("Supreme Committee for Nationality of Kuwait", "ORG", "KWT", ["The Supreme Committee for Nationality",
                                                                             "the committee", "the committee's"]),
        entity("women naturalized through marriage in Kuwait", "PER", "KWT",
               ["women who had obtained it through marriage", "Several of the women",
                "women who lost their citizenship"]),
        entity("Kuwaiti media", "ORG", "KWT", ["Local media"]),
        entity("Nawal al-Kuwaitia", "PER", "KWT", ["singer Nawal al-Kuwaitia"]),
        entity("Dawood Hussain", "PER", "KWT", ["actor Dawood Hussain"]),
        entity("National Assembly of Kuwait", "ORG", "KWT", ["parliament"]),
        entity("Fahad Yousef Saud al-Sabah", "PER", "KWT", ["Interior Minister Sheikh Fahad Yousef al-Sabah", "he"]),
        entity("Kuwait News Agency", "ORG", "KWT", ["the state news agency KUNA"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Kuwaiti lawyers", "PER", "KWT", ["A group of lawyers"]),
        entity("Ministry of Interior of Kuwait", "ORG", "KWT", ["the Interior Ministry"]),
        entity("Bidoon", "PER", "KWT", ["Tens of thousands of stateless residents, known as Bidoon"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
