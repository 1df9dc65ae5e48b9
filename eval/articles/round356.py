"""Round 356: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025 in Europe, invented wording and details):
- hm356-de-01: Germany: Berlin police clear the pro-Palestinian occupation of Humboldt University's Institute for Social Sciences; 25 detained, president Blumenthal had talked with the occupiers and offered further talks, Senator Czyborra ordered the clearance, Wegner welcomes it, Slowik reports Hamas triangles, investigations, Schuster criticises the university, the activists accuse the police, the earlier FU camp clearance (2024-05-24).
- hm356-de-02: Italy: Liguria's regional president Giovanni Toti placed under house arrest in a Genoa corruption inquiry; Guardia di Finanza executes the order, Spinelli, Signorini and Cozzani also held, offices searched, Schlein and Conte demand his resignation, his lawyer Savi refuses, Salvini backs Toti (2024-05-07).
- hm356-de-03: Serbia: a man wounds a gendarme guarding the Israeli embassy in Belgrade with a crossbow and is shot dead; Dačić speaks of terrorism, arrests in the attacker's circle, Vučić condemns and praises the officer, Israel's foreign ministry thanks Serbia, prosecutors investigate, more police protection, the US embassy condemns (2024-06-29).
- hm356-de-04: Iceland: Prime Minister Bjarni Benediktsson asks President Halla Tómasdóttir to dissolve the Althing after ending his coalition with the Left-Greens and the Progressive Party; his caretaker offer rejected by the Left-Greens, Svandís Svavarsdóttir and Sigurður Ingi Jóhannsson criticise him, Kristrún Frostadóttir attacks the government, Katrín Jakobsdóttir's April resignation recalled (2024-10-14).
- hm356-en-01: Spain: arrests after four nights of anti-immigrant clashes in Torre Pacheco following the beating of a 68-year-old resident; riot police reinforcements, suspects in the beating held, Grande-Marlaska blames the far right and Vox, Murcia prosecutors investigate Vox's Antelo after a PSOE complaint, Abascal blames Sánchez, López Miras and the mayor react (2025-07-15).
- hm356-en-02: Montenegro/United States: Montenegro extradites Terraform Labs co-founder Do Kwon to the United States; Justice Minister Božović chose Washington over Seoul, the 2023 arrest and forgery sentence recalled, Manhattan prosecutors' charges, his lawyer objects, the SEC settlement and jury verdict (2024-12-31).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm356-de-01 (Germany, Humboldt University occupation)
BERLIN_POLICE = actor("Berlin Police", "DEU", "COP")
HU_ACTIVISTS = actor("pro-Palestinian activists occupying Humboldt University", "DEU", "CVL")
HU = actor("Humboldt University of Berlin", "DEU", "EDU")
BLUMENTHAL = actor("Julia von Blumenthal", "DEU", "EDU")
CZYBORRA = actor("Ina Czyborra", "DEU", "GOV")
WEGNER = actor("Kai Wegner", "DEU", "GOV")
SLOWIK = actor("Barbara Slowik", "DEU", "COP")
SCHUSTER = actor("Josef Schuster", "DEU", "CVL")
FU_PROTESTERS = actor("pro-Palestinian protesters at the Free University of Berlin", "DEU", "CVL")
ZIEGLER = actor("Günter M. Ziegler", "DEU", "EDU")

H1 = ("Berlin (dpa) - Die Polizei hat die Besetzung eines Instituts der Berliner Humboldt-Universität durch "
      "propalästinensische Aktivisten beendet.")
H2 = ("Einsatzkräfte räumten am Donnerstagabend das Institut für Sozialwissenschaften in Berlin-Mitte und trugen "
      "einige der verbliebenen Besetzer aus dem Gebäude.")
H3 = "Nach Polizeiangaben wurden 25 Menschen vorübergehend festgenommen."
H4 = ("Rund 150 Aktivisten hatten am Mittwochnachmittag mehrere Räume des Instituts besetzt, Transparente aus den "
      "Fenstern gehängt und ein Ende der Zusammenarbeit der Universität mit israelischen Hochschulen gefordert.")
H5 = ("Universitätspräsidentin Julia von Blumenthal hatte die Besetzung zunächst geduldet und am Donnerstag mehrere "
      "Stunden mit Vertretern der Gruppe gesprochen.")
H6 = ("Sie habe den Besetzern angeboten, die Gespräche in der kommenden Woche in einem geordneten Rahmen fortzusetzen, "
      "sagte die Präsidentin am Abend.")
H7 = "Die Anweisung zur Räumung sei „von oben“ gekommen."
H8 = ("Wissenschaftssenatorin Ina Czyborra (SPD) hatte die Hochschulleitung am Nachmittag angewiesen, das Gebäude "
      "räumen zu lassen.")
H9 = "„Eine Grenze ist überschritten, wenn Räume verwüstet und Beschäftigte bedroht werden“, sagte Czyborra."
H10 = "Der Regierende Bürgermeister Kai Wegner (CDU) begrüßte das Vorgehen der Polizei."
H11 = "Antisemitismus und Israelhass hätten an Berliner Hochschulen keinen Platz, schrieb er auf der Plattform X."
H12 = ("Polizeipräsidentin Barbara Slowik sagte, die Beamten hätten in den Räumen zahlreiche Schmierereien vorgefunden, "
       "darunter rote Dreiecke, mit denen die islamistische Hamas Angriffsziele markiere.")
H13 = ("Die Polizei leitete Ermittlungen unter anderem wegen Hausfriedensbruchs, Sachbeschädigung und Volksverhetzung "
       "ein.")
H14 = ("Der Präsident des Zentralrats der Juden, Josef Schuster, warf der Universitätsleitung vor, den Besetzern viel zu "
       "lange eine Bühne geboten zu haben.")
H15 = ("Die Aktivisten sprachen in einer Mitteilung von einem „brutalen Polizeieinsatz“ und kündigten weitere Aktionen "
       "an.")
H16 = ("Bereits Anfang Mai hatte die Polizei ein Protestcamp auf dem Gelände der Freien Universität im Stadtteil Dahlem "
       "geräumt.")
H17 = "Damals hatte FU-Präsident Günter Ziegler die Beamten selbst zu Hilfe gerufen."

DE01 = {
    "id": "hm356-de-01", "lang": "de", "url": None, "published": "2024-05-24",
    "title": "Polizei räumt besetztes Institut der Humboldt-Universität",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10, H11], [H12, H13, H14, H15], [H16, H17]),
    "events": [
        event("COERCE", BERLIN_POLICE, HU_ACTIVISTS, H1, location="Berlin", location_country="DEU"),
        event("COERCE", BERLIN_POLICE, HU_ACTIVISTS, H2, date="2024-05-23", location="Berlin",
              location_country="DEU"),
        event("COERCE", BERLIN_POLICE, HU_ACTIVISTS, H3, mode="arrest"),
        event("PROTEST", HU_ACTIVISTS, HU, H4, mode="obstruct", date="2024-05-22", location="Berlin",
              location_country="DEU"),
        event("CONSULT", BLUMENTHAL, HU_ACTIVISTS, H5, date="2024-05-23", location="Berlin", location_country="DEU"),
        event("AGREE", BLUMENTHAL, HU_ACTIVISTS, H6),
        event("REQUEST", CZYBORRA, HU, H8),
        event("ACCUSE", CZYBORRA, HU_ACTIVISTS, H9, mode="disapprove"),
        event("SUPPORT", WEGNER, BERLIN_POLICE, H10),
        event("ACCUSE", SLOWIK, HU_ACTIVISTS, H12, mode="allege"),
        event("ACCUSE", BERLIN_POLICE, HU_ACTIVISTS, H13, mode="investigate"),
        event("ACCUSE", SCHUSTER, HU, H14, mode="disapprove"),
        event("ACCUSE", HU_ACTIVISTS, BERLIN_POLICE, H15, mode="disapprove"),
        event("COERCE", BERLIN_POLICE, FU_PROTESTERS, H16, location="Berlin", location_country="DEU"),
        event("REQUEST", ZIEGLER, BERLIN_POLICE, H17, mode="assist"),
    ],
    "quotes": [
        quote("Nach Polizeiangaben wurden 25 Menschen vorübergehend festgenommen", "Berlin Police", "indirect"),
        quote("Sie habe den Besetzern angeboten, die Gespräche in der kommenden Woche in einem geordneten Rahmen "
              "fortzusetzen", "Julia von Blumenthal", "indirect"),
        quote("Die Anweisung zur Räumung sei „von oben“ gekommen", "Julia von Blumenthal", "indirect"),
        quote("von oben", "Julia von Blumenthal", "direct"),
        quote("Eine Grenze ist überschritten, wenn Räume verwüstet und Beschäftigte bedroht werden", "Ina Czyborra",
              "direct"),
        quote("Antisemitismus und Israelhass hätten an Berliner Hochschulen keinen Platz", "Kai Wegner", "indirect"),
        quote("die Beamten hätten in den Räumen zahlreiche Schmierereien vorgefunden, darunter rote Dreiecke, mit denen "
              "die islamistische Hamas Angriffsziele markiere", "Barbara Slowik", "indirect"),
        quote("den Besetzern viel zu lange eine Bühne geboten zu haben", "Josef Schuster", "indirect"),
        quote("brutalen Polizeieinsatz", "pro-Palestinian activists occupying Humboldt University", "direct"),
    ],
    "entities": [
        entity("Berlin", "LOC", "DEU", ["Berlin", "Berliner"]),
        entity("Humboldt University of Berlin", "ORG", "DEU", ["Humboldt-Universität", "der Universität",
                                                               "die Hochschulleitung", "der Universitätsleitung"]),
        entity("pro-Palestinian activists occupying Humboldt University", "PER", "DEU",
               ["propalästinensische Aktivisten", "der verbliebenen Besetzer", "Rund 150 Aktivisten",
                "Vertretern der Gruppe", "den Besetzern", "Die Aktivisten"]),
        entity("Berlin Police", "ORG", "DEU", ["Die Polizei", "Einsatzkräfte", "Polizeiangaben", "der Polizei",
                                               "die Beamten", "die Polizei"]),
        entity("Institute for Social Sciences (Humboldt University)", "ORG", "DEU",
               ["eines Instituts", "das Institut für Sozialwissenschaften", "des Instituts"]),
        entity("Berlin-Mitte", "LOC", "DEU", ["Berlin-Mitte"]),
        entity("Israeli universities", "ORG", "ISR", ["israelischen Hochschulen"]),
        entity("Julia von Blumenthal", "PER", "DEU", ["Universitätspräsidentin Julia von Blumenthal", "Sie",
                                                      "die Präsidentin"]),
        entity("Ina Czyborra", "PER", "DEU", ["Wissenschaftssenatorin Ina Czyborra", "Czyborra"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Kai Wegner", "PER", "DEU", ["Der Regierende Bürgermeister Kai Wegner", "er"]),
        entity("Christian Democratic Union of Germany", "ORG", "DEU", ["CDU"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Barbara Slowik", "PER", "DEU", ["Polizeipräsidentin Barbara Slowik"]),
        entity("Hamas", "ORG", "PSE", ["die islamistische Hamas"]),
        entity("Josef Schuster", "PER", "DEU", ["Der Präsident des Zentralrats der Juden, Josef Schuster"]),
        entity("Central Council of Jews in Germany", "ORG", "DEU", ["des Zentralrats der Juden"]),
        entity("Free University of Berlin", "ORG", "DEU", ["der Freien Universität", "FU"]),
        entity("pro-Palestinian protesters at the Free University of Berlin", "PER", "DEU", []),
        entity("Dahlem", "LOC", "DEU", ["im Stadtteil Dahlem"]),
        entity("Günter M. Ziegler", "PER", "DEU", ["FU-Präsident Günter Ziegler"]),
    ],
}

# ---------------------------------------------------------------- hm356-de-02 (Italy, Giovanni Toti under house arrest)
GDF = actor("Guardia di Finanza", "ITA", "COP")
TOTI = actor("Giovanni Toti", "ITA", "GOV")
GENOA_PROSECUTORS = actor("Genoa Public Prosecutor's Office", "ITA", "JUD")
GENOA_JUDGE = actor("Genoa preliminary investigations judge", "ITA", "JUD")
SPINELLI = actor("Aldo Spinelli", "ITA", "BUS")
SIGNORINI = actor("Paolo Emilio Signorini", "ITA", "GOV")
COZZANI = actor("Matteo Cozzani", "ITA", "GOV")
LIGURIA_ADMIN = actor("Regional administration of Liguria", "ITA", "GOV")
SAVI = actor("Stefano Savi", "ITA", "CVL")
SCHLEIN = actor("Elly Schlein", "ITA", "OPP")
CONTE = actor("Giuseppe Conte", "ITA", "OPP")
SALVINI = actor("Matteo Salvini", "ITA", "GOV")

T1 = ("Rom (dpa) - Der Präsident der norditalienischen Region Ligurien, Giovanni Toti, ist wegen Korruptionsverdachts "
      "unter Hausarrest gestellt worden.")
T2 = ("Beamte der Finanzpolizei Guardia di Finanza vollstreckten am Dienstagmorgen einen entsprechenden Beschluss einer "
      "Ermittlungsrichterin in Genua und brachten den 55-Jährigen in sein Haus im Küstenort Ameglia.")
T3 = ("Die Staatsanwaltschaft Genua wirft dem Mitte-Rechts-Politiker vor, Spenden von rund 74.000 Euro für sein "
      "Wahlkomitee angenommen und sich im Gegenzug für die Interessen eines Unternehmers im Hafen von Genua eingesetzt "
      "zu haben.")
T4 = ("Bei dem Geldgeber handelt es sich nach Angaben der Ermittler um den 84 Jahre alten Hafenunternehmer Aldo "
      "Spinelli, gegen den ebenfalls Hausarrest verhängt wurde.")
T5 = "Der frühere Präsident der Genueser Hafenbehörde, Paolo Emilio Signorini, kam in Untersuchungshaft."
T6 = "Er soll von Spinelli unter anderem Luxusaufenthalte in Monte Carlo angenommen haben."
T7 = "Auch Totis Büroleiter Matteo Cozzani wurde unter Hausarrest gestellt."
T8 = "Die Finanzpolizei durchsuchte zudem Büros der Regionalverwaltung in Genua."
T9 = ("Totis Anwalt Stefano Savi kündigte an, sein Mandant werde bei der Vernehmung durch die Ermittlungsrichterin alle "
      "Vorwürfe ausräumen.")
T10 = "Sämtliche Spenden seien ordnungsgemäß verbucht und öffentlich gemacht worden, sagte Savi."
T11 = ("Die Vorsitzende der oppositionellen Sozialdemokraten (PD), Elly Schlein, verlangte den sofortigen Rücktritt "
       "des Regionalpräsidenten.")
T12 = "„Ligurien braucht jetzt Klarheit, und die gibt es nur mit Neuwahlen“, sagte sie in Rom."
T13 = "Auch der Chef der Fünf-Sterne-Bewegung, Giuseppe Conte, forderte Toti zum Rückzug auf."
T14 = "Savi wies die Rücktrittsforderungen zurück: Sein Mandant denke nicht daran, sein Amt aufzugeben."
T15 = "Vize-Regierungschef Matteo Salvini von der rechten Lega sprach Toti dagegen sein Vertrauen aus."
T16 = "Regierungschefin Giorgia Meloni äußerte sich zunächst nicht."
T17 = ("Toti regiert Ligurien seit 2015; die Amtsgeschäfte übernimmt vorerst sein Stellvertreter Alessandro Piana von "
       "der Lega.")

DE02 = {
    "id": "hm356-de-02", "lang": "de", "url": None, "published": "2024-05-07",
    "title": "Liguriens Regionalpräsident Toti unter Hausarrest",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7, T8], [T9, T10], [T11, T12, T13, T14], [T15, T16, T17]),
    "events": [
        event("COERCE", GDF, TOTI, T1, mode="arrest", location_country="ITA"),
        event("COERCE", GDF, TOTI, T2, mode="arrest", date="2024-05-07", location="Ameglia", location_country="ITA"),
        event("ACCUSE", GENOA_PROSECUTORS, TOTI, T3, mode="allege"),
        event("COERCE", GENOA_JUDGE, SPINELLI, T4, mode="arrest"),
        event("COERCE", GDF, SIGNORINI, T5, mode="arrest"),
        event("COERCE", GDF, COZZANI, T7, mode="arrest"),
        event("COERCE", GDF, LIGURIA_ADMIN, T8, mode="seize", location="Genua", location_country="ITA"),
        event("REQUEST", SCHLEIN, TOTI, T11, mode="change"),
        event("REQUEST", SCHLEIN, TOTI, T12, mode="change", location="Rom", location_country="ITA"),
        event("REQUEST", CONTE, TOTI, T13, mode="change"),
        event("REJECT", SAVI, SCHLEIN, T14, mode="change"),
        event("REJECT", SAVI, CONTE, T14, mode="change"),
        event("SUPPORT", SALVINI, TOTI, T15),
    ],
    "quotes": [
        quote("Spenden von rund 74.000 Euro für sein Wahlkomitee angenommen und sich im Gegenzug für die Interessen "
              "eines Unternehmers im Hafen von Genua eingesetzt zu haben", "Genoa Public Prosecutor's Office",
              "indirect"),
        quote("Bei dem Geldgeber handelt es sich nach Angaben der Ermittler um den 84 Jahre alten Hafenunternehmer Aldo "
              "Spinelli, gegen den ebenfalls Hausarrest verhängt wurde", "Genoa Public Prosecutor's Office", "indirect"),
        quote("sein Mandant werde bei der Vernehmung durch die Ermittlungsrichterin alle Vorwürfe ausräumen",
              "Stefano Savi", "indirect"),
        quote("Sämtliche Spenden seien ordnungsgemäß verbucht und öffentlich gemacht worden", "Stefano Savi",
              "indirect"),
        quote("Ligurien braucht jetzt Klarheit, und die gibt es nur mit Neuwahlen", "Elly Schlein", "direct"),
        quote("Sein Mandant denke nicht daran, sein Amt aufzugeben", "Stefano Savi", "indirect"),
    ],
    "entities": [
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Liguria", "LOC", "ITA", ["der norditalienischen Region Ligurien", "Ligurien"]),
        entity("Giovanni Toti", "PER", "ITA", ["Giovanni Toti", "den 55-Jährigen", "dem Mitte-Rechts-Politiker",
                                               "Totis", "sein Mandant", "Sein Mandant", "des Regionalpräsidenten",
                                               "Toti"]),
        entity("Guardia di Finanza", "ORG", "ITA", ["Beamte der Finanzpolizei Guardia di Finanza",
                                                    "Die Finanzpolizei"]),
        entity("Genoa preliminary investigations judge", "PER", "ITA", ["einer Ermittlungsrichterin in Genua",
                                                                         "die Ermittlungsrichterin"]),
        entity("Genoa", "LOC", "ITA", ["Genua", "Genueser"]),
        entity("Ameglia", "LOC", "ITA", ["im Küstenort Ameglia"]),
        entity("Genoa Public Prosecutor's Office", "ORG", "ITA", ["Die Staatsanwaltschaft Genua", "der Ermittler"]),
        entity("Port of Genoa", "LOC", "ITA", ["im Hafen von Genua"]),
        entity("Aldo Spinelli", "PER", "ITA", ["eines Unternehmers", "Bei dem Geldgeber",
                                               "den 84 Jahre alten Hafenunternehmer Aldo Spinelli", "Spinelli"]),
        entity("Western Ligurian Sea Port Authority", "ORG", "ITA", ["der Genueser Hafenbehörde"]),
        entity("Paolo Emilio Signorini", "PER", "ITA", ["Der frühere Präsident der Genueser Hafenbehörde, Paolo Emilio "
                                                        "Signorini", "Er"]),
        entity("Monte Carlo", "LOC", "MCO", ["Monte Carlo"]),
        entity("Matteo Cozzani", "PER", "ITA", ["Totis Büroleiter Matteo Cozzani"]),
        entity("Regional administration of Liguria", "ORG", "ITA", ["der Regionalverwaltung in Genua"]),
        entity("Stefano Savi", "PER", "ITA", ["Totis Anwalt Stefano Savi", "Savi"]),
        entity("Democratic Party (Italy)", "ORG", "ITA", ["der oppositionellen Sozialdemokraten", "PD"]),
        entity("Elly Schlein", "PER", "ITA", ["Elly Schlein", "sie"]),
        entity("Five Star Movement", "ORG", "ITA", ["der Fünf-Sterne-Bewegung"]),
        entity("Giuseppe Conte", "PER", "ITA", ["der Chef der Fünf-Sterne-Bewegung, Giuseppe Conte"]),
        entity("Matteo Salvini", "PER", "ITA", ["Vize-Regierungschef Matteo Salvini"]),
        entity("Lega", "ORG", "ITA", ["der rechten Lega", "der Lega"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Regierungschefin Giorgia Meloni"]),
        entity("Alessandro Piana", "PER", "ITA", ["sein Stellvertreter Alessandro Piana"]),
    ],
}

# ---------------------------------------------------------------- hm356-de-03 (Serbia, crossbow attack at Israel's embassy)
BG_ATTACKER = actor("crossbow attacker at the Israeli embassy in Belgrade", "SRB", "CVL")
GENDARME = actor("Serbian Gendarmerie officer guarding the Israeli embassy", "SRB", "COP")
DACIC = actor("Ivica Dačić", "SRB", "GOV")
SRB_POLICE = actor("Serbian police", "SRB", "COP")
ATTACKER_CIRCLE = actor("associates of the Belgrade crossbow attacker", "SRB", "CVL")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
SRB_SECURITY = actor("Serbian security forces", "SRB", "COP")
SRB_TOK = actor("Prosecutor's Office for Organized Crime of Serbia", "SRB", "JUD")
US_EMB_BG = actor("Embassy of the United States in Belgrade", "USA", "GOV")

S1 = ("Belgrad (dpa) - Vor der israelischen Botschaft in Belgrad hat ein Mann einen serbischen Polizisten mit einer "
      "Armbrust angegriffen und schwer verletzt.")
S2 = ("Der Beamte der Gendarmerie, der das Gebäude bewachte, wurde am Samstagmorgen von einem Bolzen am Hals "
      "getroffen.")
S3 = "Er schoss daraufhin auf den Angreifer, der noch am Tatort starb."
S4 = "Innenminister Ivica Dačić sprach von einem Terroranschlag."
S5 = ("Bei dem Täter handle es sich um einen jungen Serben aus der Belgrader Vorstadt Mladenovac, der vor einigen "
      "Jahren zum Islam konvertiert sei, sagte Dačić vor Journalisten.")
S6 = "Mehrere Personen aus dem Umfeld des Mannes seien festgenommen worden."
S7 = ("Präsident Aleksandar Vučić verurteilte den Anschlag und lobte den verletzten Gendarmen für seine schnelle "
      "Reaktion.")
S8 = ("„Serbien wird nicht zulassen, dass irgendjemand Konflikte aus anderen Teilen der Welt auf unsere Straßen "
      "trägt“, sagte er in einer Videobotschaft.")
S9 = ("Der Polizist wurde in einem Belgrader Krankenhaus operiert; nach Angaben der Klinik ist er außer "
      "Lebensgefahr.")
S10 = ("Das israelische Außenministerium teilte mit, die Botschaft sei am Samstag geschlossen gewesen, Mitarbeiter "
       "seien nicht verletzt worden.")
S11 = "Es dankte den serbischen Sicherheitskräften für ihr rasches Eingreifen."
S12 = "Die für Terrorismus zuständige Staatsanwaltschaft für organisierte Kriminalität leitete Ermittlungen ein."
S13 = ("Die Polizei verstärkte den Schutz jüdischer Einrichtungen und diplomatischer Vertretungen in der "
       "Hauptstadt.")
S14 = "Auch die US-Botschaft in Belgrad verurteilte die Tat."
S15 = "Die jüdische Gemeinde in Serbien ist klein, antisemitische Gewalttaten sind in dem Balkanland selten."
S16 = "Serbien unterhält gute Beziehungen sowohl zu Israel als auch zu mehreren arabischen Staaten."

DE03 = {
    "id": "hm356-de-03", "lang": "de", "url": None, "published": "2024-06-29",
    "title": "Armbrust-Angriff auf Polizisten vor Israels Botschaft in Belgrad",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9], [S10, S11, S12, S13, S14], [S15, S16]),
    "events": [
        event("ASSAULT", BG_ATTACKER, GENDARME, S1, mode="primitive", location="Belgrad", location_country="SRB"),
        event("ASSAULT", BG_ATTACKER, GENDARME, S2, mode="primitive", date="2024-06-29", location="Belgrad",
              location_country="SRB"),
        event("ASSAULT", GENDARME, BG_ATTACKER, S3, mode="firearms", date="2024-06-29", location="Belgrad",
              location_country="SRB"),
        event("ACCUSE", DACIC, BG_ATTACKER, S4, mode="disapprove"),
        event("COERCE", SRB_POLICE, ATTACKER_CIRCLE, S6, mode="arrest"),
        event("ACCUSE", VUCIC, BG_ATTACKER, S7, mode="disapprove"),
        event("SUPPORT", VUCIC, GENDARME, S7),
        event("SUPPORT", ISR_MFA, SRB_SECURITY, S11),
        event("ACCUSE", SRB_TOK, None, S12, mode="investigate"),
        event("MOBILIZE", SRB_POLICE, None, S13, mode="police", location="Belgrad", location_country="SRB"),
        event("ACCUSE", US_EMB_BG, BG_ATTACKER, S14, mode="disapprove"),
    ],
    "quotes": [
        quote("Bei dem Täter handle es sich um einen jungen Serben aus der Belgrader Vorstadt Mladenovac, der vor "
              "einigen Jahren zum Islam konvertiert sei", "Ivica Dačić", "indirect"),
        quote("Mehrere Personen aus dem Umfeld des Mannes seien festgenommen worden", "Ivica Dačić", "indirect"),
        quote("Serbien wird nicht zulassen, dass irgendjemand Konflikte aus anderen Teilen der Welt auf unsere Straßen "
              "trägt", "Aleksandar Vučić", "direct"),
        quote("nach Angaben der Klinik ist er außer Lebensgefahr", "Belgrade hospital treating the gendarme",
              "indirect"),
        quote("die Botschaft sei am Samstag geschlossen gewesen, Mitarbeiter seien nicht verletzt worden",
              "Ministry of Foreign Affairs of Israel", "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["Belgrad", "Belgrader", "der Hauptstadt"]),
        entity("Embassy of Israel in Belgrade", "ORG", "ISR", ["der israelischen Botschaft in Belgrad",
                                                               "das Gebäude", "die Botschaft"]),
        entity("crossbow attacker at the Israeli embassy in Belgrade", "PER", "SRB",
               ["ein Mann", "den Angreifer", "Bei dem Täter", "einen jungen Serben", "des Mannes"]),
        entity("Serbian Gendarmerie officer guarding the Israeli embassy", "PER", "SRB",
               ["einen serbischen Polizisten", "Der Beamte der Gendarmerie", "Er", "den verletzten Gendarmen",
                "Der Polizist"]),
        entity("Serbian Gendarmerie", "ORG", "SRB", ["der Gendarmerie"]),
        entity("Ivica Dačić", "PER", "SRB", ["Innenminister Ivica Dačić", "Dačić"]),
        entity("Mladenovac", "LOC", "SRB", ["der Belgrader Vorstadt Mladenovac"]),
        entity("associates of the Belgrade crossbow attacker", "PER", "SRB", ["Mehrere Personen aus dem Umfeld des "
                                                                              "Mannes"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "er"]),
        entity("Serbia", "LOC", "SRB", ["Serbien", "dem Balkanland"]),
        entity("Belgrade hospital treating the gendarme", "ORG", "SRB", ["einem Belgrader Krankenhaus",
                                                                         "der Klinik"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Das israelische Außenministerium", "Es"]),
        entity("Serbian security forces", "ORG", "SRB", ["den serbischen Sicherheitskräften"]),
        entity("Prosecutor's Office for Organized Crime of Serbia", "ORG", "SRB",
               ["Die für Terrorismus zuständige Staatsanwaltschaft für organisierte Kriminalität"]),
        entity("Serbian police", "ORG", "SRB", ["Die Polizei"]),
        entity("Embassy of the United States in Belgrade", "ORG", "USA", ["die US-Botschaft in Belgrad"]),
        entity("Jewish community of Serbia", "ORG", "SRB", ["Die jüdische Gemeinde in Serbien"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
    ],
}

# ---------------------------------------------------------------- hm356-de-04 (Iceland, coalition collapse)
BJARNI = actor("Bjarni Benediktsson", "ISL", "GOV")
HALLA = actor("Halla Tómasdóttir", "ISL", "GOV")
LEFT_GREENS = actor("Left-Green Movement", "ISL", "PTY")
PROGRESSIVES = actor("Progressive Party (Iceland)", "ISL", "PTY")
PARTY_LEADERS = actor("leaders of the parties represented in the Althing", "ISL", "LEG")
SVANDIS = actor("Svandís Svavarsdóttir", "ISL", "GOV")
SIGURDUR_INGI = actor("Sigurður Ingi Jóhannsson", "ISL", "GOV")
KRISTRUN = actor("Kristrún Frostadóttir", "ISL", "OPP")
ISL_GOV = actor("Government of Iceland", "ISL", "GOV")
KATRIN = actor("Katrín Jakobsdóttir", "ISL", "GOV")

I1 = ("Reykjavík (dpa) - Islands Regierungschef Bjarni Benediktsson hat Staatspräsidentin Halla Tómasdóttir um die "
      "Auflösung des Parlaments gebeten, um den Weg für eine vorgezogene Neuwahl Ende November freizumachen.")
I2 = "Der konservative Politiker suchte die Präsidentin am Montag an ihrem Amtssitz Bessastaðir bei Reykjavík auf."
I3 = ("Bereits am Sonntag hatte Bjarni die Koalition seiner Unabhängigkeitspartei mit der Links-Grünen Bewegung und "
      "der zentristischen Fortschrittspartei aufgekündigt.")
I4 = ("„Wir sind uns in zu vielen wichtigen Fragen nicht mehr einig, um das Land gemeinsam zu führen“, sagte er "
      "vor Journalisten.")
I5 = "Als Streitpunkte gelten vor allem die Migrations- und die Energiepolitik."
I6 = ("Halla sagte nach dem Treffen, sie werde vor einer Entscheidung mit den Vorsitzenden aller im Parlament "
      "vertretenen Parteien sprechen.")
I7 = ("Bjarni hatte seinen bisherigen Partnern angeboten, bis zur Wahl gemeinsam geschäftsführend im Amt zu "
      "bleiben.")
I8 = ("Die Links-Grünen lehnten das am Montag ab: Für eine Übergangsregierung unter Bjarnis Führung stünden sie nicht "
      "zur Verfügung.")
I9 = ("Parteichefin Svandís Svavarsdóttir, bislang Infrastrukturministerin, warf dem Regierungschef vor, die "
      "Koalition aus parteitaktischen Erwägungen platzen zu lassen.")
I10 = ("Die Links-Grünen hatten sich erst Anfang Oktober auf einem Parteitag für eine Neuwahl im Frühjahr "
       "ausgesprochen.")
I11 = ("Finanzminister Sigurður Ingi Jóhannsson, Vorsitzender der Fortschrittspartei, kritisierte den Zeitpunkt der "
       "Entscheidung.")
I12 = "Man hätte die Legislaturperiode gemeinsam zu Ende bringen sollen, sagte er dem Rundfunksender RÚV."
I13 = ("Die Chefin der oppositionellen Sozialdemokratischen Allianz, Kristrún Frostadóttir, zeigte sich dagegen "
       "erleichtert.")
I14 = "„Diese Regierung war schon lange nicht mehr handlungsfähig“, sagte sie."
I15 = "Ihre Partei führt seit Monaten in den Umfragen."
I16 = ("Bjarni hatte das Amt des Regierungschefs erst im April übernommen, nachdem Katrín Jakobsdóttir von den "
       "Links-Grünen zurückgetreten war, um bei der Präsidentenwahl anzutreten.")
I17 = "Die Wahl im Juni gewann dann überraschend die Unternehmerin Halla Tómasdóttir."
I18 = "Regulär wäre das Parlament, der Althing, erst im kommenden Jahr neu gewählt worden."

DE04 = {
    "id": "hm356-de-04", "lang": "de", "url": None, "published": "2024-10-14",
    "title": "Islands Regierungschef will Neuwahl im November",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9, I10], [I11, I12, I13, I14, I15], [I16, I17, I18]),
    "events": [
        event("REQUEST", BJARNI, HALLA, I1, mode="change"),
        event("CONSULT", BJARNI, HALLA, I2, mode="visit", date="2024-10-14", location="Bessastaðir",
              location_country="ISL"),
        event("SANCTION", BJARNI, LEFT_GREENS, I3, mode="discontinue", date="2024-10-13"),
        event("SANCTION", BJARNI, PROGRESSIVES, I3, mode="discontinue", date="2024-10-13"),
        event("AGREE", HALLA, PARTY_LEADERS, I6),
        event("AGREE", BJARNI, LEFT_GREENS, I7),
        event("AGREE", BJARNI, PROGRESSIVES, I7),
        event("REJECT", LEFT_GREENS, BJARNI, I8, date="2024-10-14"),
        event("ACCUSE", SVANDIS, BJARNI, I9, mode="disapprove"),
        event("REQUEST", LEFT_GREENS, None, I10, mode="change"),
        event("ACCUSE", SIGURDUR_INGI, BJARNI, I11, mode="disapprove"),
        event("ACCUSE", KRISTRUN, ISL_GOV, I14, mode="disapprove"),
        event("RETREAT", KATRIN, None, I16, mode="resign"),
    ],
    "quotes": [
        quote("Wir sind uns in zu vielen wichtigen Fragen nicht mehr einig, um das Land gemeinsam zu führen",
              "Bjarni Benediktsson", "direct"),
        quote("sie werde vor einer Entscheidung mit den Vorsitzenden aller im Parlament vertretenen Parteien sprechen",
              "Halla Tómasdóttir", "indirect"),
        quote("Für eine Übergangsregierung unter Bjarnis Führung stünden sie nicht zur Verfügung",
              "Left-Green Movement", "indirect"),
        quote("die Koalition aus parteitaktischen Erwägungen platzen zu lassen", "Svandís Svavarsdóttir", "indirect"),
        quote("Man hätte die Legislaturperiode gemeinsam zu Ende bringen sollen", "Sigurður Ingi Jóhannsson",
              "indirect"),
        quote("Diese Regierung war schon lange nicht mehr handlungsfähig", "Kristrún Frostadóttir", "direct"),
    ],
    "entities": [
        entity("Reykjavík", "LOC", "ISL", ["Reykjavík"]),
        entity("Iceland", "LOC", "ISL", ["Islands", "das Land"]),
        entity("Bjarni Benediktsson", "PER", "ISL", ["Islands Regierungschef Bjarni Benediktsson",
                                                     "Der konservative Politiker", "Bjarni", "Bjarnis",
                                                     "dem Regierungschef"]),
        entity("Halla Tómasdóttir", "PER", "ISL", ["Staatspräsidentin Halla Tómasdóttir", "die Präsidentin", "Halla",
                                                   "die Unternehmerin Halla Tómasdóttir"]),
        entity("Althing", "ORG", "ISL", ["des Parlaments", "im Parlament", "das Parlament, der Althing"]),
        entity("Bessastaðir", "LOC", "ISL", ["ihrem Amtssitz Bessastaðir"]),
        entity("Independence Party (Iceland)", "ORG", "ISL", ["seiner Unabhängigkeitspartei"]),
        entity("Left-Green Movement", "ORG", "ISL", ["der Links-Grünen Bewegung", "Die Links-Grünen",
                                                     "den Links-Grünen"]),
        entity("Progressive Party (Iceland)", "ORG", "ISL", ["der zentristischen Fortschrittspartei",
                                                             "der Fortschrittspartei"]),
        entity("leaders of the parties represented in the Althing", "PER", "ISL",
               ["den Vorsitzenden aller im Parlament vertretenen Parteien"]),
        entity("Svandís Svavarsdóttir", "PER", "ISL", ["Parteichefin Svandís Svavarsdóttir"]),
        entity("Sigurður Ingi Jóhannsson", "PER", "ISL", ["Finanzminister Sigurður Ingi Jóhannsson"]),
        entity("RÚV", "ORG", "ISL", ["dem Rundfunksender RÚV"]),
        entity("Social Democratic Alliance", "ORG", "ISL", ["der oppositionellen Sozialdemokratischen Allianz",
                                                            "Ihre Partei"]),
        entity("Kristrún Frostadóttir", "PER", "ISL", ["Kristrún Frostadóttir", "sie"]),
        entity("Government of Iceland", "ORG", "ISL", ["Diese Regierung"]),
        entity("Katrín Jakobsdóttir", "PER", "ISL", ["Katrín Jakobsdóttir"]),
    ],
}

# ---------------------------------------------------------------- hm356-en-01 (Spain, Torre Pacheco unrest)
CIVIL_GUARD = actor("Civil Guard", "ESP", "COP")
TP_RIOTERS = actor("anti-immigrant rioters in Torre Pacheco", "ESP", "CVL")
TP_ASSAILANTS = actor("assailants of Domingo Tomás", "ESP", "CVL")
DOMINGO = actor("Domingo Tomás", "ESP", "CVL")
FAR_RIGHT = actor("far-right groups in Spain", "ESP", "CVL")
TP_IMMIGRANTS = actor("immigrant community of Torre Pacheco", "ESP", "CVL")
ESP_INTERIOR = actor("Ministry of the Interior of Spain", "ESP", "GOV")
MARLASKA = actor("Fernando Grande-Marlaska", "ESP", "GOV")
VOX = actor("Vox", "ESP", "PTY")
MURCIA_PROSECUTORS = actor("Murcia Regional Prosecutor's Office", "ESP", "JUD")
PSOE = actor("Spanish Socialist Workers' Party", "ESP", "PTY")
ANTELO = actor("José Ángel Antelo", "ESP", "OPP")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
ABASCAL = actor("Santiago Abascal", "ESP", "OPP")
LOPEZ_MIRAS = actor("Fernando López Miras", "ESP", "GOV")
ROCA = actor("Pedro Ángel Roca", "ESP", "GOV")
TP_RESIDENTS = actor("residents of Torre Pacheco", "ESP", "CVL")

E1 = ("TORRE PACHECO, Spain (AP) — Spanish police said Tuesday they had arrested more than a dozen people after four "
      "nights of clashes in the southeastern town of Torre Pacheco, where groups of hooded men have roamed the streets "
      "looking for North African immigrants.")
E2 = ("The unrest erupted on Friday, two days after a 68-year-old local man was beaten by a group of young men while "
      "out on an early morning walk.")
E3 = ("Photographs of his bruised face circulated widely on social media, alongside calls by far-right groups to take "
      "revenge on the town's immigrant community.")
E4 = ("On Monday night, dozens of men threw bottles and stones at Civil Guard riot officers, who fired rubber bullets "
      "to disperse them.")
E5 = "Several shops and a kebab restaurant owned by immigrants had their windows smashed."
E6 = ("The Interior Ministry sent around 100 additional officers to the town of some 40,000 people, roughly a third of "
      "whom are foreign nationals.")
E7 = ("Three suspects in the attack on the pensioner have been detained, one of them in the Basque Country, the Civil "
      "Guard said.")
E8 = ("Interior Minister Fernando Grande-Marlaska blamed far-right groups for stoking the violence through messaging "
      "apps and social media.")
E9 = ("\"What is happening in Torre Pacheco is not spontaneous. It is hatred that has been organized and encouraged by "
      "some who hope to gain politically from it,\" he told reporters in Madrid, in an apparent reference to the "
      "far-right Vox party.")
E10 = ("Prosecutors in the Murcia region said they had opened an investigation into Vox's regional leader, José Ángel "
       "Antelo, for possible hate speech after a complaint by the governing Socialist Party.")
E11 = ("Antelo said he would not be intimidated and accused the government of trying to silence those who warn about "
       "insecurity.")
E12 = "Vox leader Santiago Abascal blamed Prime Minister Pedro Sánchez's immigration policy for the unrest."
E13 = ("Murcia's regional president, Fernando López Miras of the conservative Popular Party, condemned the violence "
       "and urged Madrid to do more to stop irregular immigration.")
E14 = "Torre Pacheco's mayor, Pedro Ángel Roca, asked residents to stay at home after dark."
E15 = "The victim, Domingo Tomás, told Spanish television that he did not want anyone to use violence in his name."
E16 = ("Spain had so far largely been spared the kind of anti-immigrant riots that hit Britain and Northern Ireland in "
       "recent summers.")

EN01 = {
    "id": "hm356-en-01", "lang": "en", "url": None, "published": "2025-07-15",
    "title": "Spain arrests more than a dozen after nights of anti-immigrant clashes in Torre Pacheco",
    "text": paragraphs([E1], [E2, E3], [E4, E5], [E6, E7], [E8, E9], [E10, E11, E12], [E13, E14], [E15, E16]),
    "events": [
        event("COERCE", CIVIL_GUARD, TP_RIOTERS, E1, mode="arrest", location="Torre Pacheco", location_country="ESP"),
        event("ASSAULT", TP_ASSAILANTS, DOMINGO, E2, mode="beat", date="2025-07-09", location="Torre Pacheco",
              location_country="ESP"),
        event("THREATEN", FAR_RIGHT, TP_IMMIGRANTS, E3, mode="violence"),
        event("PROTEST", TP_RIOTERS, CIVIL_GUARD, E4, mode="riot", date="2025-07-14", location="Torre Pacheco",
              location_country="ESP"),
        event("ASSAULT", CIVIL_GUARD, TP_RIOTERS, E4, mode="crowd-control", date="2025-07-14",
              location="Torre Pacheco", location_country="ESP"),
        event("MOBILIZE", ESP_INTERIOR, None, E6, mode="police", location="Torre Pacheco", location_country="ESP"),
        event("COERCE", CIVIL_GUARD, TP_ASSAILANTS, E7, mode="arrest"),
        event("ACCUSE", MARLASKA, FAR_RIGHT, E8, mode="allege"),
        event("ACCUSE", MARLASKA, VOX, E9, mode="disapprove", location="Madrid", location_country="ESP"),
        event("ACCUSE", MURCIA_PROSECUTORS, ANTELO, E10, mode="investigate"),
        event("ACCUSE", PSOE, ANTELO, E10, mode="allege"),
        event("ACCUSE", ANTELO, ESP_GOV, E11, mode="disapprove"),
        event("ACCUSE", ABASCAL, ESP_GOV, E12, mode="disapprove"),
        event("ACCUSE", LOPEZ_MIRAS, TP_RIOTERS, E13, mode="disapprove"),
        event("REQUEST", LOPEZ_MIRAS, ESP_GOV, E13, mode="change"),
        event("REQUEST", ROCA, TP_RESIDENTS, E14),
    ],
    "quotes": [
        quote("they had arrested more than a dozen people after four nights of clashes in the southeastern town of "
              "Torre Pacheco, where groups of hooded men have roamed the streets looking for North African immigrants",
              "Civil Guard", "indirect"),
        quote("Three suspects in the attack on the pensioner have been detained, one of them in the Basque Country",
              "Civil Guard", "indirect"),
        quote("What is happening in Torre Pacheco is not spontaneous. It is hatred that has been organized and "
              "encouraged by some who hope to gain politically from it", "Fernando Grande-Marlaska", "direct"),
        quote("they had opened an investigation into Vox's regional leader, José Ángel Antelo, for possible hate "
              "speech after a complaint by the governing Socialist Party", "Murcia Regional Prosecutor's Office",
              "indirect"),
        quote("he would not be intimidated", "José Ángel Antelo", "indirect"),
        quote("he did not want anyone to use violence in his name", "Domingo Tomás", "indirect"),
    ],
    "entities": [
        entity("Torre Pacheco", "LOC", "ESP", ["TORRE PACHECO", "the southeastern town of Torre Pacheco",
                                               "the town", "Torre Pacheco"]),
        entity("Spain", "LOC", "ESP", ["Spain", "Spanish"]),
        entity("Civil Guard", "ORG", "ESP", ["Spanish police", "Civil Guard riot officers", "the Civil Guard"]),
        entity("anti-immigrant rioters in Torre Pacheco", "PER", "ESP", ["groups of hooded men", "dozens of men"]),
        entity("immigrant community of Torre Pacheco", "PER", "ESP", ["North African immigrants",
                                                                      "the town's immigrant community"]),
        entity("Domingo Tomás", "PER", "ESP", ["a 68-year-old local man", "his bruised face", "the pensioner",
                                               "The victim, Domingo Tomás"]),
        entity("assailants of Domingo Tomás", "PER", "ESP", ["a group of young men",
                                                             "Three suspects in the attack on the pensioner"]),
        entity("far-right groups in Spain", "ORG", "ESP", ["far-right groups"]),
        entity("Ministry of the Interior of Spain", "ORG", "ESP", ["The Interior Ministry"]),
        entity("Basque Country", "LOC", "ESP", ["the Basque Country"]),
        entity("Fernando Grande-Marlaska", "PER", "ESP", ["Interior Minister Fernando Grande-Marlaska", "he"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Vox", "ORG", "ESP", ["the far-right Vox party", "Vox"]),
        entity("Murcia Regional Prosecutor's Office", "ORG", "ESP", ["Prosecutors in the Murcia region"]),
        entity("Region of Murcia", "LOC", "ESP", ["the Murcia region", "Murcia"]),
        entity("José Ángel Antelo", "PER", "ESP", ["Vox's regional leader, José Ángel Antelo", "Antelo"]),
        entity("Spanish Socialist Workers' Party", "ORG", "ESP", ["the governing Socialist Party"]),
        entity("Government of Spain", "ORG", "ESP", ["the government"]),
        entity("Santiago Abascal", "PER", "ESP", ["Vox leader Santiago Abascal"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Prime Minister Pedro Sánchez"]),
        entity("Fernando López Miras", "PER", "ESP", ["Murcia's regional president, Fernando López Miras"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["the conservative Popular Party"]),
        entity("Pedro Ángel Roca", "PER", "ESP", ["Torre Pacheco's mayor, Pedro Ángel Roca"]),
        entity("residents of Torre Pacheco", "PER", "ESP", ["residents"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Northern Ireland", "LOC", "GBR", ["Northern Ireland"]),
    ],
}

# ---------------------------------------------------------------- hm356-en-02 (Montenegro, Do Kwon extradited)
MNE_GOV = actor("Government of Montenegro", "MNE", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
MNE_POLICE = actor("Police Directorate of Montenegro", "MNE", "COP")
BOZOVIC = actor("Bojan Božović", "MNE", "GOV")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
KWON = actor("Do Kwon", "KOR", "BUS")
PODGORICA_COURT = actor("Podgorica court", "MNE", "JUD")
SDNY = actor("United States Attorney's Office for the Southern District of New York", "USA", "JUD")
RODIC = actor("Goran Rodić", "MNE", "CVL")
TERRAFORM = actor("Terraform Labs", "SGP", "BUS")
SEC = actor("United States Securities and Exchange Commission", "USA", "GOV")
NY_JURY = actor("federal jury in New York", "USA", "JUD")

K1 = ("PODGORICA, Montenegro (AP) — Montenegro on Tuesday extradited South Korean cryptocurrency entrepreneur Do Kwon "
      "to the United States, where he faces fraud charges over the spectacular collapse of his Terra and Luna digital "
      "currencies in 2022.")
K2 = ("Kwon, 33, was handed over to U.S. officials at Podgorica airport and put on a flight to New York, Montenegro's "
      "police directorate said in a statement.")
K3 = ("Justice Minister Bojan Bozovic approved the extradition last week, choosing Washington's request over a "
      "competing one from South Korea, Kwon's home country.")
K4 = ("Both countries had sought his extradition after he was arrested at Podgorica airport in March 2023 while trying "
      "to board a flight to Dubai with a forged Costa Rican passport.")
K5 = "A Podgorica court later sentenced him to four months in prison for using false documents."
K6 = "His extradition was then held up for well over a year by a series of contradictory court rulings."
K7 = ("Federal prosecutors in Manhattan have charged Kwon with nine counts, including securities fraud, wire fraud, "
      "commodities fraud and conspiracy to commit money laundering.")
K8 = ("They accuse him of misleading investors about the stability of TerraUSD, a so-called stablecoin that was "
      "designed to hold its value at $1.")
K9 = ("Its crash in May 2022 wiped out an estimated $40 billion in market value and rattled the wider crypto "
      "market.")
K10 = "Kwon was expected to appear before a federal judge in New York later this week."
K11 = ("His Montenegrin lawyer, Goran Rodic, criticized the minister's decision, saying it ignored Kwon's wish to be "
       "tried at home.")
K12 = ("Prison terms for financial fraud are generally far shorter in South Korea than in the United States, where "
       "Kwon could face decades behind bars if convicted.")
K13 = "South Korea's Justice Ministry did not immediately comment."
K14 = ("In a separate civil case, Kwon and his company, Terraform Labs, agreed in June to pay $4.47 billion to settle "
       "fraud claims brought by the U.S. Securities and Exchange Commission.")
K15 = "A jury in New York had found both liable for civil fraud two months earlier."

EN02 = {
    "id": "hm356-en-02", "lang": "en", "url": None, "published": "2024-12-31",
    "title": "Montenegro extradites crypto fugitive Do Kwon to the US",
    "text": paragraphs([K1], [K2], [K3, K4], [K5, K6], [K7, K8, K9], [K10], [K11, K12, K13], [K14, K15]),
    "events": [
        event("COOPERATE", MNE_GOV, USA_GOV, K1, date="2024-12-31", location="Podgorica", location_country="MNE"),
        event("COOPERATE", MNE_POLICE, USA_GOV, K2, location="Podgorica", location_country="MNE"),
        event("AGREE", BOZOVIC, USA_GOV, K3),
        event("REJECT", BOZOVIC, KOR_GOV, K3, mode="assist"),
        event("REQUEST", USA_GOV, MNE_GOV, K4, mode="assist"),
        event("REQUEST", KOR_GOV, MNE_GOV, K4, mode="assist"),
        event("COERCE", MNE_POLICE, KWON, K4, mode="arrest", location="Podgorica", location_country="MNE"),
        event("SANCTION", PODGORICA_COURT, KWON, K5, mode="convict", location="Podgorica", location_country="MNE"),
        event("COERCE", PODGORICA_COURT, KWON, K5, mode="arrest", location="Podgorica", location_country="MNE"),
        event("ACCUSE", SDNY, KWON, K7, mode="allege"),
        event("ACCUSE", SDNY, KWON, K8, mode="allege"),
        event("ACCUSE", RODIC, BOZOVIC, K11, mode="disapprove"),
        event("AGREE", KWON, SEC, K14),
        event("AGREE", TERRAFORM, SEC, K14),
        event("SANCTION", NY_JURY, KWON, K15, mode="convict"),
        event("SANCTION", NY_JURY, TERRAFORM, K15, mode="convict"),
    ],
    "quotes": [
        quote("Kwon, 33, was handed over to U.S. officials at Podgorica airport and put on a flight to New York",
              "Police Directorate of Montenegro", "indirect"),
        quote("it ignored Kwon's wish to be tried at home", "Goran Rodić", "indirect"),
    ],
    "entities": [
        entity("Podgorica", "LOC", "MNE", ["PODGORICA", "Podgorica"]),
        entity("Montenegro", "LOC", "MNE", ["Montenegro", "Montenegro's", "Montenegrin"]),
        entity("Do Kwon", "PER", "KOR", ["South Korean cryptocurrency entrepreneur Do Kwon", "Kwon, 33", "Kwon",
                                         "Kwon's", "him", "he"]),
        entity("United States", "LOC", "USA", ["the United States", "U.S.", "Washington's"]),
        entity("Terra", "ORG", "KOR", ["Terra"]),
        entity("Luna", "ORG", "KOR", ["Luna"]),
        entity("Podgorica Airport", "LOC", "MNE", ["Podgorica airport"]),
        entity("New York City", "LOC", "USA", ["New York"]),
        entity("Police Directorate of Montenegro", "ORG", "MNE", ["Montenegro's police directorate"]),
        entity("Bojan Božović", "PER", "MNE", ["Justice Minister Bojan Bozovic", "the minister's"]),
        entity("South Korea", "LOC", "KOR", ["South Korea", "South Korea's"]),
        entity("Dubai", "LOC", "ARE", ["Dubai"]),
        entity("Costa Rica", "LOC", "CRI", ["Costa Rican"]),
        entity("Podgorica court", "ORG", "MNE", ["A Podgorica court"]),
        entity("United States Attorney's Office for the Southern District of New York", "ORG", "USA",
               ["Federal prosecutors in Manhattan", "They"]),
        entity("Manhattan", "LOC", "USA", ["Manhattan"]),
        entity("TerraUSD", "ORG", "KOR", ["TerraUSD"]),
        entity("Goran Rodić", "PER", "MNE", ["His Montenegrin lawyer, Goran Rodic"]),
        entity("Ministry of Justice of South Korea", "ORG", "KOR", ["South Korea's Justice Ministry"]),
        entity("Terraform Labs", "ORG", "SGP", ["his company, Terraform Labs"]),
        entity("United States Securities and Exchange Commission", "ORG", "USA",
               ["the U.S. Securities and Exchange Commission"]),
        entity("federal jury in New York", "ORG", "USA", ["A jury in New York"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
