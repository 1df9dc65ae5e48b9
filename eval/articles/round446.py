"""Round 446: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm446-de-01: Germany: the Federal Constitutional Court voids the shift of 60 billion euros of unused Covid credit into the climate fund on the CDU/CSU's complaint; Scholz pledges to comply, Merz accuses and demands a government statement, Scholz refuses, SPD and Greens want the debt brake suspended and Lindner rejects it (2023-11-15).
- hm446-de-02: Finland: Economy Minister Vilhelm Junnila (Finns Party) resigns after ten days over far-right links; he had survived a confidence vote on the SDP's motion, Henriksson and Andersson criticise, Purra blames the media, Lindtman presses Orpo, anti-racism protest in Helsinki without arrests (2023-06-30).
- hm446-de-03: Czech Republic: Fiala asks President Pavel to dismiss Deputy PM Ivan Bartoš over the failed digital building permits; Bartoš speaks of a political execution, the Pirates threaten to quit the coalition, Lipavský urges them to stay, Babiš demands early elections, Pavel will receive Bartoš (2024-09-25).
- hm446-de-04: Greece: 18 bodies, presumably migrants, found in the Dadia forest fire in Evros; prosecutors investigate, three men arrested over vigilante detentions, Marinakis warns, the Greek Council for Refugees accuses the government, Velopoulos demands border closure and Kairidis refuses, rescEU planes from Cyprus, Croatia and Sweden (2023-08-22).
- hm446-en-01: Italy: the Senate gives final approval to Nordio's separation of judicial careers; the ANM accuses the government and plans a No campaign, February strike and March meeting at Palazzo Chigi recalled, opposition senators protest, Schlein and Conte attack Meloni, the Albania migrant rulings recalled (2025-10-30).
- hm446-en-02: Hungary: parliament passes the Sovereignty Protection law; Kocsis and the government accuse the opposition, US ambassador Pressman criticises and Szijjártó hits back, protest outside parliament, Helsinki Committee, Amnesty and Mijatović had urged rejection, the European Commission warns, Orbán threatens a veto on Ukraine talks (2023-12-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm446-de-01 (Germany, budget ruling)
BVERFG = actor("Federal Constitutional Court of Germany", "DEU", "JUD")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
UNION_FRAKTION = actor("CDU/CSU parliamentary group", "DEU", "OPP")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
MERZ = actor("Friedrich Merz", "DEU", "OPP")
SPD = actor("Social Democratic Party of Germany", "DEU", "PTY")
GRUENE = actor("Alliance 90/The Greens", "DEU", "PTY")
LINDNER = actor("Christian Lindner", "DEU", "GOV")

G1 = ("Karlsruhe (dpa) - Das Bundesverfassungsgericht hat die Umschichtung von 60 Milliarden Euro im Bundeshaushalt "
      "2021 für verfassungswidrig und nichtig erklärt.")
G2 = ("Die Umwidmung ungenutzter Kreditermächtigungen aus der Corona-Zeit in den Klima- und Transformationsfonds "
      "verstoße gegen die Schuldenbremse des Grundgesetzes, urteilte der Zweite Senat am Mittwoch.")
G3 = "Geklagt hatten 197 Abgeordnete der Unionsfraktion im Bundestag."
G4 = ("Die Vorsitzende des Senats, Doris König, sagte bei der Urteilsverkündung, der Bund dürfe Notlagenkredite "
      "nicht „auf Vorrat“ für spätere Jahre nutzen.")
G5 = ("Das Geld fehlt nun für zentrale Vorhaben der Ampel-Koalition, etwa die Förderung von Chipfabriken und die "
      "Sanierung der Bahn.")
G6 = ("Bundeskanzler Olaf Scholz (SPD) sagte im Bundestag, die Regierung akzeptiere das Urteil und werde es "
      "„sehr zügig“ umsetzen.")
G7 = "Wirtschaftsminister Robert Habeck (Grüne) sprach von einem „harten Schlag“ für den Klimaschutz in Deutschland."
G8 = "Unionsfraktionschef Friedrich Merz warf der Regierung vor, die Verfassung bewusst umgangen zu haben."
G9 = "„Das ist eine Zäsur für diese Koalition“, sagte der CDU-Vorsitzende in Berlin."
G10 = ("Finanzminister Christian Lindner (FDP) wies den Vorwurf zurück, die Regierung habe wissentlich gegen das "
       "Grundgesetz verstoßen.")
G11 = ("Merz forderte Scholz auf, noch in dieser Woche eine Regierungserklärung abzugeben und einen neuen "
       "Haushaltsentwurf vorzulegen.")
G12 = "Scholz lehnte eine Regierungserklärung vorerst ab."
G13 = ("Politiker von SPD und Grünen forderten, die Schuldenbremse wegen der Folgen des Urteils auch für das kommende "
       "Jahr auszusetzen.")
G14 = "Lindner lehnte das ab und kündigte stattdessen Einsparungen an."
G15 = "Die Schuldenbremse erlaubt dem Bund nur eine Neuverschuldung von 0,35 Prozent der Wirtschaftsleistung."
G16 = "Ausnahmen sind nur in außergewöhnlichen Notlagen wie Naturkatastrophen oder Pandemien zulässig."

DE01 = {
    "id": "hm446-de-01", "lang": "de", "url": None, "published": "2023-11-15",
    "title": "Karlsruhe kippt 60-Milliarden-Umschichtung im Haushalt",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7], [G8, G9, G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("SANCTION", BVERFG, DEU_GOV, G1, mode="convict", location="Karlsruhe", location_country="DEU"),
        event("SANCTION", BVERFG, DEU_GOV, G2, mode="convict", date="2023-11-15"),
        event("ACCUSE", UNION_FRAKTION, DEU_GOV, G3, mode="allege"),
        event("AGREE", SCHOLZ, BVERFG, G6),
        event("ACCUSE", MERZ, DEU_GOV, G8, mode="allege"),
        event("REQUEST", MERZ, SCHOLZ, G11, mode="change"),
        event("REJECT", SCHOLZ, MERZ, G12, mode="change"),
        event("REQUEST", SPD, None, G13, mode="change"),
        event("REQUEST", GRUENE, None, G13, mode="change"),
        event("REJECT", LINDNER, SPD, G14, mode="change"),
        event("REJECT", LINDNER, GRUENE, G14, mode="change"),
    ],
    "quotes": [
        quote("Die Umwidmung ungenutzter Kreditermächtigungen aus der Corona-Zeit in den Klima- und "
              "Transformationsfonds verstoße gegen die Schuldenbremse des Grundgesetzes",
              "Federal Constitutional Court of Germany", "indirect"),
        quote("auf Vorrat", "Doris König", "direct"),
        quote("der Bund dürfe Notlagenkredite nicht „auf Vorrat“ für spätere Jahre nutzen", "Doris König", "indirect"),
        quote("sehr zügig", "Olaf Scholz", "direct"),
        quote("die Regierung akzeptiere das Urteil und werde es „sehr zügig“ umsetzen", "Olaf Scholz", "indirect"),
        quote("harten Schlag", "Robert Habeck", "direct"),
        quote("die Verfassung bewusst umgangen zu haben", "Friedrich Merz", "indirect"),
        quote("Das ist eine Zäsur für diese Koalition", "Friedrich Merz", "direct"),
        quote("die Regierung habe wissentlich gegen das Grundgesetz verstoßen", "Christian Lindner", "indirect"),
    ],
    "entities": [
        entity("Karlsruhe", "LOC", "DEU", ["Karlsruhe"]),
        entity("Federal Constitutional Court of Germany", "ORG", "DEU",
               ["Das Bundesverfassungsgericht", "der Zweite Senat", "des Senats"]),
        entity("Climate and Transformation Fund", "ORG", "DEU", ["den Klima- und Transformationsfonds"]),
        entity("Debt brake", "MISC", "DEU", ["die Schuldenbremse", "Die Schuldenbremse"]),
        entity("Basic Law", "MISC", "DEU", ["des Grundgesetzes", "die Verfassung", "das Grundgesetz"]),
        entity("CDU/CSU parliamentary group", "ORG", "DEU", ["197 Abgeordnete der Unionsfraktion im Bundestag"]),
        entity("Bundestag", "ORG", "DEU", ["im Bundestag"]),
        entity("Doris König", "PER", "DEU", ["Die Vorsitzende des Senats, Doris König"]),
        entity("Government of Germany", "ORG", "DEU",
               ["der Bund", "der Ampel-Koalition", "die Regierung", "der Regierung", "diese Koalition",
                "dem Bund"]),
        entity("Deutsche Bahn", "ORG", "DEU", ["der Bahn"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "Scholz"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Robert Habeck", "PER", "DEU", ["Wirtschaftsminister Robert Habeck"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["Grüne", "Grünen"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Friedrich Merz", "PER", "DEU", ["Unionsfraktionschef Friedrich Merz", "der CDU-Vorsitzende", "Merz"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Christian Lindner", "PER", "DEU", ["Finanzminister Christian Lindner", "Lindner"]),
        entity("Free Democratic Party", "ORG", "DEU", ["FDP"]),
    ],
}

# ---------------------------------------------------------------- hm446-de-02 (Finland, Junnila resigns)
JUNNILA = actor("Vilhelm Junnila", "FIN", "GOV")
EDUSKUNTA = actor("Parliament of Finland", "FIN", "LEG")
FIN_SDP = actor("Social Democratic Party of Finland", "FIN", "OPP")
HENRIKSSON = actor("Anna-Maja Henriksson", "FIN", "GOV")
PURRA = actor("Riikka Purra", "FIN", "GOV")
FIN_MEDIA = actor("Finnish media", "FIN", "MED")
LINDTMAN = actor("Antti Lindtman", "FIN", "OPP")
ORPO = actor("Petteri Orpo", "FIN", "GOV")
LI_ANDERSSON = actor("Li Andersson", "FIN", "OPP")
FIN_GOV = actor("Government of Finland", "FIN", "GOV")
HEL_PROTESTERS = actor("anti-racism protesters in Helsinki", "FIN", "CVL")
HEL_POLICE = actor("Helsinki Police Department", "FIN", "COP")

F1 = ("Helsinki (dpa) - Nach nur zehn Tagen im Amt ist der finnische Wirtschaftsminister Vilhelm Junnila wegen seiner "
      "Verbindungen ins rechtsextreme Milieu zurückgetreten.")
F2 = ("Er habe Ministerpräsident Petteri Orpo sein Rücktrittsgesuch übergeben, teilte der Politiker der "
      "rechtspopulistischen Finnenpartei am Freitag mit.")
F3 = "Das Parlament hatte Junnila erst am Mittwoch mit 95 zu 86 Stimmen das Vertrauen ausgesprochen."
F4 = "Den Misstrauensantrag hatten die oppositionellen Sozialdemokraten eingebracht."
F5 = ("Finnischen Medienberichten zufolge war Junnila 2019 bei einer Kundgebung rechtsextremer Gruppen in Turku "
      "aufgetreten und hatte im Wahlkampf mehrfach mit der Zahl 88 gespielt, einem Code der Neonazi-Szene.")
F6 = "Junnila bestritt, rechtsextreme Ansichten zu vertreten."
F7 = ("Die Vorsitzende der mitregierenden Schwedischen Volkspartei, Bildungsministerin Anna-Maja Henriksson, hatte "
      "seine Äußerungen zuvor als „inakzeptabel“ bezeichnet.")
F8 = "Orpo sagte in Helsinki, der Rücktritt sei „die richtige Entscheidung“ für die Regierung und für Finnland."
F9 = ("Finnenpartei-Chefin Riikka Purra, die zugleich Finanzministerin ist, warf den Medien dagegen eine „Hetzjagd“ "
      "auf ihren Parteikollegen vor.")
F10 = ("Der Fraktionschef der Sozialdemokraten, Antti Lindtman, forderte Orpo auf, sich klar von rassistischen "
       "Positionen in seiner Regierung zu distanzieren.")
F11 = "Linken-Chefin Li Andersson sprach von einem „schweren Schaden für das Ansehen Finnlands“."
F12 = ("Am Donnerstagabend hatten in Helsinki mehrere hundert Menschen vor dem Parlament gegen Rassismus in der "
       "Regierung demonstriert.")
F13 = "Festnahmen gab es nicht, wie die Polizei mitteilte."
F14 = ("Die Koalition aus Orpos konservativer Nationaler Sammlungspartei, Finnenpartei, Schwedischer Volkspartei und "
       "Christdemokraten ist seit dem 20. Juni im Amt.")
F15 = "Sie will unter anderem die Einwanderungs- und Asylpolitik deutlich verschärfen."

DE02 = {
    "id": "hm446-de-02", "lang": "de", "url": None, "published": "2023-06-30",
    "title": "Finnischer Wirtschaftsminister nach zehn Tagen zurückgetreten",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11], [F12, F13, F14, F15]),
    "events": [
        event("RETREAT", JUNNILA, None, F1, mode="resign"),
        event("RETREAT", JUNNILA, None, F2, mode="resign", date="2023-06-30"),
        event("SUPPORT", EDUSKUNTA, JUNNILA, F3, date="2023-06-28"),
        event("ACCUSE", FIN_SDP, JUNNILA, F4, mode="disapprove"),
        event("ACCUSE", HENRIKSSON, JUNNILA, F7, mode="disapprove"),
        event("ACCUSE", PURRA, FIN_MEDIA, F9, mode="disapprove"),
        event("REQUEST", LINDTMAN, ORPO, F10, mode="change"),
        event("ACCUSE", LI_ANDERSSON, FIN_GOV, F11, mode="disapprove"),
        event("PROTEST", HEL_PROTESTERS, FIN_GOV, F12, mode="demo", date="2023-06-29", location="Helsinki",
              location_country="FIN"),
        event("COERCE", HEL_POLICE, HEL_PROTESTERS, F13, mode="arrest", location="Helsinki", location_country="FIN",
              negated=True),
    ],
    "quotes": [
        quote("Er habe Ministerpräsident Petteri Orpo sein Rücktrittsgesuch übergeben", "Vilhelm Junnila", "indirect"),
        quote("Finnischen Medienberichten zufolge war Junnila 2019 bei einer Kundgebung rechtsextremer Gruppen in Turku "
              "aufgetreten und hatte im Wahlkampf mehrfach mit der Zahl 88 gespielt, einem Code der Neonazi-Szene",
              "Finnish media", "indirect"),
        quote("rechtsextreme Ansichten zu vertreten", "Vilhelm Junnila", "indirect"),
        quote("inakzeptabel", "Anna-Maja Henriksson", "direct"),
        quote("die richtige Entscheidung", "Petteri Orpo", "direct"),
        quote("der Rücktritt sei „die richtige Entscheidung“ für die Regierung und für Finnland", "Petteri Orpo",
              "indirect"),
        quote("Hetzjagd", "Riikka Purra", "direct"),
        quote("schweren Schaden für das Ansehen Finnlands", "Li Andersson", "direct"),
        quote("Festnahmen gab es nicht", "Helsinki Police Department", "indirect"),
    ],
    "entities": [
        entity("Helsinki", "LOC", "FIN", ["Helsinki"]),
        entity("Vilhelm Junnila", "PER", "FIN",
               ["der finnische Wirtschaftsminister Vilhelm Junnila", "Er", "der Politiker der rechtspopulistischen "
                "Finnenpartei", "Junnila", "ihren Parteikollegen"]),
        entity("Petteri Orpo", "PER", "FIN", ["Ministerpräsident Petteri Orpo", "Orpo", "Orpos"]),
        entity("Finns Party", "ORG", "FIN", ["der rechtspopulistischen Finnenpartei", "Finnenpartei"]),
        entity("Parliament of Finland", "ORG", "FIN", ["Das Parlament", "dem Parlament"]),
        entity("Social Democratic Party of Finland", "ORG", "FIN",
               ["die oppositionellen Sozialdemokraten", "der Sozialdemokraten"]),
        entity("Finnish media", "ORG", "FIN", ["Finnischen Medienberichten", "den Medien"]),
        entity("Turku", "LOC", "FIN", ["Turku"]),
        entity("Swedish People's Party of Finland", "ORG", "FIN",
               ["der mitregierenden Schwedischen Volkspartei", "Schwedischer Volkspartei"]),
        entity("Anna-Maja Henriksson", "PER", "FIN",
               ["Die Vorsitzende der mitregierenden Schwedischen Volkspartei, Bildungsministerin Anna-Maja "
                "Henriksson"]),
        entity("Government of Finland", "ORG", "FIN", ["die Regierung", "seiner Regierung", "der Regierung",
                                                       "Die Koalition", "Sie"]),
        entity("Finland", "LOC", "FIN", ["Finnland", "Finnlands"]),
        entity("Riikka Purra", "PER", "FIN", ["Finnenpartei-Chefin Riikka Purra"]),
        entity("Antti Lindtman", "PER", "FIN", ["Der Fraktionschef der Sozialdemokraten, Antti Lindtman"]),
        entity("Li Andersson", "PER", "FIN", ["Linken-Chefin Li Andersson"]),
        entity("anti-racism protesters in Helsinki", "PER", "FIN", ["mehrere hundert Menschen"]),
        entity("Helsinki Police Department", "ORG", "FIN", ["die Polizei"]),
        entity("National Coalition Party", "ORG", "FIN", ["Orpos konservativer Nationaler Sammlungspartei"]),
        entity("Christian Democrats (Finland)", "ORG", "FIN", ["Christdemokraten"]),
    ],
}

# ---------------------------------------------------------------- hm446-de-03 (Czech Republic, Bartoš dismissal)
FIALA = actor("Petr Fiala", "CZE", "GOV")
PAVEL = actor("Petr Pavel", "CZE", "GOV")
BARTOS = actor("Ivan Bartoš", "CZE", "GOV")
PIRATES = actor("Czech Pirate Party", "CZE", "PTY")
LIPAVSKY = actor("Jan Lipavský", "CZE", "GOV")
BABIS = actor("Andrej Babiš", "CZE", "OPP")
CZE_GOV = actor("Government of the Czech Republic", "CZE", "GOV")

C1 = ("Prag (dpa) - Tschechiens Ministerpräsident Petr Fiala hat bei Präsident Petr Pavel die Entlassung seines "
      "Stellvertreters Ivan Bartoš von der Piratenpartei beantragt.")
C2 = ("Die Digitalisierung des Baugenehmigungsverfahrens sei unter Bartoš' Verantwortung gescheitert, sagte der "
      "liberalkonservative Regierungschef am Mittwoch in Prag.")
C3 = "„Ich habe das Vertrauen verloren, dass er das Projekt zu Ende führen kann“, fügte Fiala hinzu."
C4 = ("Das Ministerium für Regionalentwicklung hatte im Juli ein digitales Portal für Bauanträge gestartet, das "
      "seitdem immer wieder ausfällt.")
C5 = "Bartoš wies die Verantwortung für die Pannen zurück und sprach von einer „politischen Hinrichtung“."
C6 = ("Die Führung der Piraten drohte daraufhin, die Fünf-Parteien-Koalition zu verlassen, falls Fiala an der "
      "Entlassung festhalte.")
C7 = "Über den Austritt soll ein Parteiforum bis zum Wochenende entscheiden."
C8 = ("Außenminister Jan Lipavský, ebenfalls Mitglied der Piraten, rief seine Partei auf, in der Regierung zu "
      "bleiben.")
C9 = "Die Regierung werde auch ohne die Piraten eine Mehrheit im Abgeordnetenhaus behalten, sagte Fiala."
C10 = "Die Koalition verfügt über 108 der 200 Sitze, die Piraten stellen davon vier Abgeordnete."
C11 = ("Oppositionsführer Andrej Babiš von der populistischen ANO sprach von einem „Chaos“ und forderte vorgezogene "
       "Neuwahlen.")
C12 = ("Ein Sprecher von Präsident Pavel teilte mit, das Staatsoberhaupt werde Bartoš vor einer Entscheidung zu "
       "einem Gespräch empfangen.")
C13 = "Tschechien gilt in der EU als eines der Länder mit den längsten Genehmigungsverfahren für Neubauten."
C14 = "Die nächste Parlamentswahl steht im Herbst 2025 an."
C15 = "In Umfragen liegt die ANO von Ex-Regierungschef Babiš seit Monaten mit großem Abstand vorn."

DE03 = {
    "id": "hm446-de-03", "lang": "de", "url": None, "published": "2024-09-25",
    "title": "Tschechiens Regierungschef will Piraten-Chef Bartoš entlassen",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15]),
    "events": [
        event("REQUEST", FIALA, PAVEL, C1, mode="change"),
        event("ACCUSE", FIALA, BARTOS, C2, mode="disapprove", date="2024-09-25", location="Prague",
              location_country="CZE"),
        event("ACCUSE", FIALA, BARTOS, C3, mode="disapprove"),
        event("ACCUSE", BARTOS, FIALA, C5, mode="disapprove"),
        event("THREATEN", PIRATES, FIALA, C6),
        event("REQUEST", LIPAVSKY, PIRATES, C8),
        event("ACCUSE", BABIS, CZE_GOV, C11, mode="disapprove"),
        event("REQUEST", BABIS, CZE_GOV, C11, mode="change"),
        event("AGREE", PAVEL, BARTOS, C12, mode="meet"),
    ],
    "quotes": [
        quote("Die Digitalisierung des Baugenehmigungsverfahrens sei unter Bartoš' Verantwortung gescheitert",
              "Petr Fiala", "indirect"),
        quote("Ich habe das Vertrauen verloren, dass er das Projekt zu Ende führen kann", "Petr Fiala", "direct"),
        quote("politischen Hinrichtung", "Ivan Bartoš", "direct"),
        quote("die Fünf-Parteien-Koalition zu verlassen, falls Fiala an der Entlassung festhalte", "Czech Pirate Party",
              "indirect"),
        quote("Die Regierung werde auch ohne die Piraten eine Mehrheit im Abgeordnetenhaus behalten", "Petr Fiala",
              "indirect"),
        quote("Chaos", "Andrej Babiš", "direct"),
        quote("das Staatsoberhaupt werde Bartoš vor einer Entscheidung zu einem Gespräch empfangen",
              "spokesperson for Petr Pavel", "indirect"),
    ],
    "entities": [
        entity("Prague", "LOC", "CZE", ["Prag"]),
        entity("Czech Republic", "LOC", "CZE", ["Tschechiens", "Tschechien"]),
        entity("Petr Fiala", "PER", "CZE", ["Tschechiens Ministerpräsident Petr Fiala",
                                            "der liberalkonservative Regierungschef", "Fiala"]),
        entity("Petr Pavel", "PER", "CZE", ["Präsident Petr Pavel", "Präsident Pavel", "das Staatsoberhaupt"]),
        entity("Ivan Bartoš", "PER", "CZE", ["seines Stellvertreters Ivan Bartoš", "Bartoš'", "er", "Bartoš"]),
        entity("Czech Pirate Party", "ORG", "CZE", ["der Piratenpartei", "Die Führung der Piraten", "der Piraten",
                                                   "seine Partei", "die Piraten"]),
        entity("Ministry of Regional Development of the Czech Republic", "ORG", "CZE",
               ["Das Ministerium für Regionalentwicklung"]),
        entity("Government of the Czech Republic", "ORG", "CZE", ["die Fünf-Parteien-Koalition", "der Regierung",
                                                                  "Die Regierung", "Die Koalition"]),
        entity("Jan Lipavský", "PER", "CZE", ["Außenminister Jan Lipavský"]),
        entity("Chamber of Deputies of the Czech Republic", "ORG", "CZE", ["im Abgeordnetenhaus"]),
        entity("Andrej Babiš", "PER", "CZE", ["Oppositionsführer Andrej Babiš", "Ex-Regierungschef Babiš"]),
        entity("ANO", "ORG", "CZE", ["der populistischen ANO", "die ANO"]),
        entity("spokesperson for Petr Pavel", "PER", "CZE", ["Ein Sprecher von Präsident Pavel"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
    ],
}

# ---------------------------------------------------------------- hm446-de-04 (Greece, Evros wildfire)
GRC_PROSECUTORS = actor("Alexandroupoli Prosecutor's Office", "GRC", "JUD")
GRC_POLICE = actor("Hellenic Police", "GRC", "COP")
EVROS_MEN = actor("vigilantes in Evros", "GRC", "CVL")
MARINAKIS = actor("Pavlos Marinakis", "GRC", "GOV")
GCR = actor("Greek Council for Refugees", "GRC", "NGO")
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
VELOPOULOS = actor("Kyriakos Velopoulos", "GRC", "PTY")
KAIRIDIS = actor("Dimitris Kairidis", "GRC", "GOV")
CYP_GOV = actor("Government of Cyprus", "CYP", "GOV")
HRV_GOV = actor("Government of Croatia", "HRV", "GOV")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")
LENARCIC = actor("Janez Lenarčič", "EUR", "IGO")

E1 = ("Athen (dpa) - Bei den verheerenden Waldbränden im Nordosten Griechenlands sind im Nationalpark Dadia 18 "
      "verkohlte Leichen gefunden worden.")
E2 = ("Es handele sich vermutlich um Migranten, die über die nahe Grenze zur Türkei ins Land gekommen seien, sagte "
      "ein Sprecher der Feuerwehr am Dienstag.")
E3 = ("Die Staatsanwaltschaft in Alexandroupoli leitete Ermittlungen wegen fahrlässiger Tötung und Brandstiftung "
      "ein.")
E4 = ("Die Polizei nahm zudem drei Männer fest, die in der Region Migranten in einem Anhänger eingesperrt haben "
      "sollen.")
E5 = ("Regierungssprecher Pavlos Marinakis warnte, wer Selbstjustiz übe, werde mit der vollen Härte des Gesetzes "
      "bestraft.")
E6 = "„Niemand hat das Recht, Menschen zu jagen“, sagte er in Athen."
E7 = ("Der Griechische Flüchtlingsrat warf der Regierung vor, mit ihrer Rhetorik über illegale Migration die Hetze "
      "gegen Flüchtlinge befeuert zu haben.")
E8 = "Die Regierung wies das zurück."
E9 = ("Der Chef der rechtsnationalen Partei Griechische Lösung, Kyriakos Velopoulos, forderte dagegen die "
      "vollständige Abriegelung der Grenze zur Türkei.")
E10 = ("Migrationsminister Dimitris Kairidis lehnte das ab und sagte, die Grenze werde bereits „rund um die Uhr“ "
       "überwacht.")
E11 = ("Zypern, Kroatien und Schweden schickten über das EU-Katastrophenschutzsystem rescEU zusätzliche "
       "Löschflugzeuge nach Griechenland.")
E12 = "EU-Krisenkommissar Janez Lenarčič sagte dem Land weitere Unterstützung zu."
E13 = "In der Region Evros sind rund 500 Feuerwehrleute im Einsatz."
E14 = ("Am Montag war das Universitätskrankenhaus von Alexandroupoli geräumt worden, Patienten wurden auf eine Fähre "
       "im Hafen gebracht.")
E15 = "Die Feuer wüten seit Samstag in der Region, starke Winde fachen sie immer wieder an."
E16 = ("Griechenland kämpft seit Wochen gegen Dutzende Großbrände, im Juli mussten auf der Insel Rhodos Tausende "
       "Urlauber in Sicherheit gebracht werden.")

DE04 = {
    "id": "hm446-de-04", "lang": "de", "url": None, "published": "2023-08-22",
    "title": "18 Tote bei Waldbränden in Griechenland",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10], [E11, E12, E13, E14], [E15, E16]),
    "events": [
        event("ACCUSE", GRC_PROSECUTORS, None, E3, mode="investigate", location="Alexandroupoli",
              location_country="GRC"),
        event("COERCE", GRC_POLICE, EVROS_MEN, E4, mode="arrest", location_country="GRC"),
        event("THREATEN", MARINAKIS, EVROS_MEN, E5),
        event("ACCUSE", MARINAKIS, EVROS_MEN, E6, mode="disapprove"),
        event("ACCUSE", GCR, GRC_GOV, E7, mode="disapprove"),
        event("REQUEST", VELOPOULOS, GRC_GOV, E9, mode="change"),
        event("REJECT", KAIRIDIS, VELOPOULOS, E10, mode="change"),
        event("AID", CYP_GOV, GRC_GOV, E11),
        event("AID", HRV_GOV, GRC_GOV, E11),
        event("AID", SWE_GOV, GRC_GOV, E11),
        event("AGREE", LENARCIC, GRC_GOV, E12),
    ],
    "quotes": [
        quote("Es handele sich vermutlich um Migranten, die über die nahe Grenze zur Türkei ins Land gekommen seien",
              "Yiannis Artopios", "indirect"),
        quote("wer Selbstjustiz übe, werde mit der vollen Härte des Gesetzes bestraft", "Pavlos Marinakis",
              "indirect"),
        quote("Niemand hat das Recht, Menschen zu jagen", "Pavlos Marinakis", "direct"),
        quote("mit ihrer Rhetorik über illegale Migration die Hetze gegen Flüchtlinge befeuert zu haben",
              "Greek Council for Refugees", "indirect"),
        quote("rund um die Uhr", "Dimitris Kairidis", "direct"),
        quote("die Grenze werde bereits „rund um die Uhr“ überwacht", "Dimitris Kairidis", "indirect"),
    ],
    "entities": [
        entity("Athens", "LOC", "GRC", ["Athen"]),
        entity("Greece", "LOC", "GRC", ["Griechenlands", "ins Land", "Griechenland", "dem Land"]),
        entity("Dadia National Park", "LOC", "GRC", ["im Nationalpark Dadia"]),
        entity("victims of the Dadia fire", "PER", "GRC",
               ["18 verkohlte Leichen", "Migranten, die über die nahe Grenze zur Türkei ins Land gekommen seien"]),
        entity("Turkey", "LOC", "TUR", ["Türkei"]),
        entity("Hellenic Fire Service", "ORG", "GRC", ["der Feuerwehr"]),
        entity("Yiannis Artopios", "PER", "GRC", ["ein Sprecher der Feuerwehr"]),
        entity("Alexandroupoli Prosecutor's Office", "ORG", "GRC", ["Die Staatsanwaltschaft in Alexandroupoli"]),
        entity("Alexandroupoli", "LOC", "GRC", ["Alexandroupoli"]),
        entity("Hellenic Police", "ORG", "GRC", ["Die Polizei"]),
        entity("vigilantes in Evros", "PER", "GRC", ["drei Männer"]),
        entity("migrants detained in a trailer", "PER", "GRC", ["Migranten in einem Anhänger"]),
        entity("Pavlos Marinakis", "PER", "GRC", ["Regierungssprecher Pavlos Marinakis", "er"]),
        entity("Greek Council for Refugees", "ORG", "GRC", ["Der Griechische Flüchtlingsrat"]),
        entity("Government of Greece", "ORG", "GRC", ["der Regierung", "Die Regierung"]),
        entity("Greek Solution", "ORG", "GRC", ["der rechtsnationalen Partei Griechische Lösung"]),
        entity("Kyriakos Velopoulos", "PER", "GRC",
               ["Der Chef der rechtsnationalen Partei Griechische Lösung, Kyriakos Velopoulos"]),
        entity("Dimitris Kairidis", "PER", "GRC", ["Migrationsminister Dimitris Kairidis"]),
        entity("Cyprus", "LOC", "CYP", ["Zypern"]),
        entity("Croatia", "LOC", "HRV", ["Kroatien"]),
        entity("Sweden", "LOC", "SWE", ["Schweden"]),
        entity("rescEU", "ORG", "EUR", ["das EU-Katastrophenschutzsystem rescEU"]),
        entity("Janez Lenarčič", "PER", "EUR", ["EU-Krisenkommissar Janez Lenarčič"]),
        entity("Evros", "LOC", "GRC", ["der Region Evros", "der Region"]),
        entity("University General Hospital of Alexandroupoli", "ORG", "GRC",
               ["das Universitätskrankenhaus von Alexandroupoli"]),
        entity("Rhodes", "LOC", "GRC", ["der Insel Rhodos"]),
    ],
}

# ---------------------------------------------------------------- hm446-en-01 (Italy, separation of careers)
ANM = actor("National Association of Magistrates", "ITA", "JUD")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
ITA_MAGISTRATES = actor("Italian magistrates", "ITA", "JUD")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
ITA_OPP_SENATORS = actor("Italian opposition senators", "ITA", "OPP")
SCHLEIN = actor("Elly Schlein", "ITA", "OPP")
CONTE = actor("Giuseppe Conte", "ITA", "OPP")
ROME_JUDGES = actor("Court of Rome", "ITA", "JUD")

I1 = ("ROME (Reuters) - Italy's Senate on Thursday gave final approval to a constitutional reform that separates the "
      "careers of judges and prosecutors, a flagship measure of Prime Minister Giorgia Meloni's government that "
      "magistrates have fought for months.")
I2 = ("The bill passed by 112 votes to 59, short of the two-thirds majority that would have spared it a "
      "confirmatory referendum, which is now expected next spring.")
I3 = "Meloni hailed the vote as \"a historic milestone\" and said her government had kept its word to Italians."
I4 = ("Justice Minister Carlo Nordio said the reform would make judges \"truly impartial\" and denied that it was "
      "meant to place prosecutors under government control.")
I5 = ("The National Association of Magistrates (ANM), which represents almost all of Italy's roughly 9,000 judges and "
      "prosecutors, accused the government of trying to weaken the independence of the judiciary.")
I6 = "Its president, Cesare Parodi, said the association would campaign for a \"No\" vote in the referendum."
I7 = "\"We are not against anyone, but we will defend the Constitution,\" Parodi told reporters in Rome."
I8 = "Magistrates held a one-day national strike against the reform in February."
I9 = ("Meloni received ANM leaders at Palazzo Chigi in Rome in March, but the talks failed to bridge their "
      "differences.")
I10 = "Opposition senators held up copies of the constitution in the chamber as the result was announced."
I11 = ("Democratic Party leader Elly Schlein accused Meloni of seeking \"full powers\" and of punishing judges who had "
       "ruled against her migration policies.")
I12 = "Five Star Movement leader Giuseppe Conte called the reform \"revenge against the judges\"."
I13 = ("The reform splits the judiciary's self-governing body into two councils, one for judges and one for "
       "prosecutors, whose members will partly be chosen by lot.")
I14 = "It also creates a new High Disciplinary Court to handle complaints against magistrates."
I15 = ("Meloni's government has repeatedly clashed with the judiciary, notably after Rome judges refused to validate "
       "the detention of migrants sent to centres Italy built in Albania.")
I16 = ("Forza Italia, the party founded by the late Silvio Berlusconi, dedicated the vote to its founder, who had "
       "pushed for the change for decades.")

EN01 = {
    "id": "hm446-en-01", "lang": "en", "url": None, "published": "2025-10-30",
    "title": "Italy's parliament approves Meloni's overhaul of judiciary, referendum looms",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8, I9], [I10, I11, I12], [I13, I14, I15, I16]),
    "events": [
        event("ACCUSE", ANM, ITA_GOV, I5, mode="disapprove"),
        event("PROTEST", ITA_MAGISTRATES, ITA_GOV, I8, mode="strike", location_country="ITA"),
        event("CONSULT", ANM, MELONI, I9, mode="meet", location="Rome", location_country="ITA"),
        event("PROTEST", ITA_OPP_SENATORS, ITA_GOV, I10, mode="demo", date="2025-10-30", location_country="ITA"),
        event("ACCUSE", SCHLEIN, MELONI, I11, mode="disapprove"),
        event("ACCUSE", CONTE, ITA_GOV, I12, mode="disapprove"),
        event("REJECT", ROME_JUDGES, ITA_GOV, I15),
    ],
    "quotes": [
        quote("a historic milestone", "Giorgia Meloni", "direct"),
        quote("her government had kept its word to Italians", "Giorgia Meloni", "indirect"),
        quote("truly impartial", "Carlo Nordio", "direct"),
        quote("the reform would make judges \"truly impartial\"", "Carlo Nordio", "indirect"),
        quote("it was meant to place prosecutors under government control", "Carlo Nordio", "indirect"),
        quote("trying to weaken the independence of the judiciary", "National Association of Magistrates",
              "indirect"),
        quote("No", "Cesare Parodi", "direct"),
        quote("the association would campaign for a \"No\" vote in the referendum", "Cesare Parodi", "indirect"),
        quote("We are not against anyone, but we will defend the Constitution", "Cesare Parodi", "direct"),
        quote("full powers", "Elly Schlein", "direct"),
        quote("seeking \"full powers\" and of punishing judges who had ruled against her migration policies",
              "Elly Schlein", "indirect"),
        quote("revenge against the judges", "Giuseppe Conte", "direct"),
    ],
    "entities": [
        entity("Rome", "LOC", "ITA", ["ROME", "Rome"]),
        entity("Senate of Italy", "ORG", "ITA", ["Italy's Senate", "the chamber"]),
        entity("Italy", "LOC", "ITA", ["Italy's", "Italy"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Prime Minister Giorgia Meloni's", "Meloni", "her", "Meloni's"]),
        entity("Government of Italy", "ORG", "ITA", ["Prime Minister Giorgia Meloni's government", "her government",
                                                     "the government", "Meloni's government"]),
        entity("Italian magistrates", "PER", "ITA", ["magistrates", "Magistrates"]),
        entity("Italians", "PER", "ITA", ["Italians"]),
        entity("Carlo Nordio", "PER", "ITA", ["Justice Minister Carlo Nordio"]),
        entity("National Association of Magistrates", "ORG", "ITA",
               ["The National Association of Magistrates (ANM)", "the association", "ANM leaders"]),
        entity("Cesare Parodi", "PER", "ITA", ["Its president, Cesare Parodi", "Parodi"]),
        entity("Constitution of Italy", "MISC", "ITA", ["the Constitution", "the constitution"]),
        entity("Palazzo Chigi", "LOC", "ITA", ["Palazzo Chigi"]),
        entity("Italian opposition senators", "PER", "ITA", ["Opposition senators"]),
        entity("Elly Schlein", "PER", "ITA", ["Democratic Party leader Elly Schlein"]),
        entity("Democratic Party (Italy)", "ORG", "ITA", ["Democratic Party"]),
        entity("Giuseppe Conte", "PER", "ITA", ["Five Star Movement leader Giuseppe Conte"]),
        entity("Five Star Movement", "ORG", "ITA", ["Five Star Movement"]),
        entity("High Disciplinary Court", "ORG", "ITA", ["a new High Disciplinary Court"]),
        entity("Court of Rome", "ORG", "ITA", ["Rome judges"]),
        entity("migrants sent to Albania", "PER", "ITA", ["migrants sent to centres Italy built in Albania"]),
        entity("Albania", "LOC", "ALB", ["Albania"]),
        entity("Forza Italia", "ORG", "ITA", ["Forza Italia", "the party founded by the late Silvio Berlusconi"]),
        entity("Silvio Berlusconi", "PER", "ITA", ["the late Silvio Berlusconi", "its founder"]),
    ],
}

# ---------------------------------------------------------------- hm446-en-02 (Hungary, sovereignty law)
KOCSIS = actor("Máté Kocsis", "HUN", "LEG")
HUN_OPPOSITION = actor("Hungarian opposition", "HUN", "OPP")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
HUN_OPP_ALLIANCE = actor("United for Hungary", "HUN", "OPP")
PRESSMAN = actor("David Pressman", "USA", "GOV")
SZIJJARTO = actor("Péter Szijjártó", "HUN", "GOV")
BUD_PROTESTERS = actor("protesters in Budapest", "HUN", "CVL")
HUN_PARLIAMENT = actor("National Assembly of Hungary", "HUN", "LEG")
HHC = actor("Hungarian Helsinki Committee", "HUN", "NGO")
AMNESTY_HU = actor("Amnesty International Hungary", "HUN", "NGO")
MIJATOVIC = actor("Dunja Mijatović", "IGO", "IGO")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
KOVACS = actor("Zoltán Kovács", "HUN", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
EU_COUNCIL = actor("European Council", "EUR", "IGO")

H1 = ("BUDAPEST, Hungary (AP) — Hungary's parliament on Tuesday passed a law creating a new government office with "
      "sweeping powers to investigate people and groups suspected of using foreign money to influence politics, "
      "despite warnings that it could be used to silence critics of Prime Minister Viktor Orbán.")
H2 = ("The Sovereignty Protection Office can demand information from any organization, and state bodies are obliged "
      "to cooperate with it.")
H3 = ("The law also makes it a crime, punishable by up to three years in prison, for candidates and parties to accept "
      "foreign funding for election campaigns.")
H4 = ("The bill was submitted by Máté Kocsis, the parliamentary leader of Orbán's Fidesz party, who said it would "
      "close \"a loophole\" that the opposition had exploited in last year's election.")
H5 = ("Orbán's government has accused an opposition alliance of accepting millions of dollars from a U.S.-based group "
      "during the 2022 campaign.")
H6 = "The opposition denies breaking any rules."
H7 = ("U.S. Ambassador David Pressman said the law was \"a tool that can be used to intimidate and punish\" critics of "
      "the ruling party.")
H8 = "Foreign Minister Péter Szijjártó accused Pressman of meddling in Hungary's internal affairs."
H9 = "Several hundred people protested outside parliament on Monday evening, according to police."
H10 = ("The Hungarian Helsinki Committee and Amnesty International's Hungarian branch had urged lawmakers to reject the "
       "bill, saying it would stigmatize independent voices.")
H11 = ("The Council of Europe's human rights commissioner, Dunja Mijatović, had called on parliament last month not "
       "to adopt the law.")
H12 = ("Fidesz and its junior partner, the Christian Democrats, hold a two-thirds majority in the 199-seat "
       "assembly.")
H13 = ("The European Commission said it would analyze the law and would not hesitate to act if it violated EU "
       "rules.")
H14 = "Government spokesman Zoltán Kovács dismissed the criticism as \"part of a coordinated campaign\" against Hungary."
H15 = ("Orbán has threatened to veto a decision by EU leaders to open membership talks with Ukraine at a summit in "
       "Brussels later this week.")

EN02 = {
    "id": "hm446-en-02", "lang": "en", "url": None, "published": "2023-12-12",
    "title": "Hungary passes law to create office to investigate foreign influence, critics fear crackdown",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12], [H13, H14, H15]),
    "events": [
        event("ACCUSE", KOCSIS, HUN_OPPOSITION, H4, mode="allege"),
        event("ACCUSE", HUN_GOV, HUN_OPP_ALLIANCE, H5, mode="allege"),
        event("ACCUSE", PRESSMAN, HUN_GOV, H7, mode="disapprove"),
        event("ACCUSE", SZIJJARTO, PRESSMAN, H8, mode="disapprove"),
        event("PROTEST", BUD_PROTESTERS, HUN_PARLIAMENT, H9, mode="demo", date="2023-12-11", location="Budapest",
              location_country="HUN"),
        event("REQUEST", HHC, HUN_PARLIAMENT, H10, mode="change"),
        event("REQUEST", AMNESTY_HU, HUN_PARLIAMENT, H10, mode="change"),
        event("REQUEST", MIJATOVIC, HUN_PARLIAMENT, H11, mode="change"),
        event("THREATEN", EU_COMMISSION, HUN_GOV, H13),
        event("ACCUSE", KOVACS, None, H14, mode="disapprove"),
        event("THREATEN", ORBAN, EU_COUNCIL, H15),
    ],
    "quotes": [
        quote("a loophole", "Máté Kocsis", "direct"),
        quote("it would close \"a loophole\" that the opposition had exploited in last year's election", "Máté Kocsis",
              "indirect"),
        quote("accepting millions of dollars from a U.S.-based group during the 2022 campaign",
              "Government of Hungary", "indirect"),
        quote("a tool that can be used to intimidate and punish", "David Pressman", "direct"),
        quote("the law was \"a tool that can be used to intimidate and punish\" critics of the ruling party",
              "David Pressman", "indirect"),
        quote("meddling in Hungary's internal affairs", "Péter Szijjártó", "indirect"),
        quote("Several hundred people protested outside parliament on Monday evening", "Hungarian Police",
              "indirect"),
        quote("it would stigmatize independent voices", "Hungarian Helsinki Committee", "indirect"),
        quote("it would stigmatize independent voices", "Amnesty International Hungary", "indirect"),
        quote("it would analyze the law and would not hesitate to act if it violated EU rules", "European Commission",
              "indirect"),
        quote("part of a coordinated campaign", "Zoltán Kovács", "direct"),
    ],
    "entities": [
        entity("Budapest", "LOC", "HUN", ["BUDAPEST"]),
        entity("Hungary", "LOC", "HUN", ["Hungary", "Hungary's"]),
        entity("National Assembly of Hungary", "ORG", "HUN", ["Hungary's parliament", "parliament", "lawmakers",
                                                              "the 199-seat assembly"]),
        entity("Sovereignty Protection Office", "ORG", "HUN", ["a new government office", "The Sovereignty "
                                                               "Protection Office", "it"]),
        entity("Viktor Orbán", "PER", "HUN", ["Prime Minister Viktor Orbán", "Orbán's", "Orbán"]),
        entity("Máté Kocsis", "PER", "HUN", ["Máté Kocsis, the parliamentary leader of Orbán's Fidesz party"]),
        entity("Fidesz", "ORG", "HUN", ["Orbán's Fidesz party", "Fidesz"]),
        entity("Hungarian opposition", "ORG", "HUN", ["the opposition", "The opposition"]),
        entity("Government of Hungary", "ORG", "HUN", ["Orbán's government"]),
        entity("United for Hungary", "ORG", "HUN", ["an opposition alliance"]),
        entity("U.S.-based group", "ORG", "USA", ["a U.S.-based group"]),
        entity("David Pressman", "PER", "USA", ["U.S. Ambassador David Pressman", "Pressman"]),
        entity("Péter Szijjártó", "PER", "HUN", ["Foreign Minister Péter Szijjártó"]),
        entity("protesters in Budapest", "PER", "HUN", ["Several hundred people"]),
        entity("Hungarian Police", "ORG", "HUN", ["police"]),
        entity("Hungarian Helsinki Committee", "ORG", "HUN", ["The Hungarian Helsinki Committee"]),
        entity("Amnesty International Hungary", "ORG", "HUN", ["Amnesty International's Hungarian branch"]),
        entity("Council of Europe", "ORG", "IGO", ["The Council of Europe's"]),
        entity("Dunja Mijatović", "PER", "IGO",
               ["The Council of Europe's human rights commissioner, Dunja Mijatović"]),
        entity("Christian Democratic People's Party", "ORG", "HUN", ["its junior partner, the Christian Democrats"]),
        entity("European Commission", "ORG", "EUR", ["The European Commission"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Zoltán Kovács", "PER", "HUN", ["Government spokesman Zoltán Kovács"]),
        entity("European Council", "ORG", "EUR", ["EU leaders"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Brussels", "LOC", "BEL", ["Brussels"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
