"""Round 312: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023, invented wording and details):
- hm312-de-01: Peru: anti-corruption prosecutors have Attorney General Patricia Benavides' adviser Jaime Villanueva arrested in a raid in Lima; Benavides is accused of leading a criminal network, speaks of retaliation, removes team leader Marita Barreto, refuses Ruth Luque's call to resign, the JNJ opens proceedings, her complaint against Boluarte and Otárola, Otárola objects (2023-11-28).
- hm312-de-02: Brazil: Lula visits Boa Vista and accuses the Bolsonaro government of genocide against the Yanomami; air force aid, field hospital pledged, threat to expel illegal gold miners, Dino orders a federal police inquiry, Bolsonaro objects, Guajajara accuses him (2023-01-22).
- hm312-de-03: Venezuela: Attorney General Tarek William Saab opens a criminal investigation into the opposition primary commission; demand for the records and Casal's refusal, Rodríguez and Maduro attack and threaten, Machado objects, her ban recalled, the US State Department warns, Barbados deal and sanctions relief recalled, Borrell praises the turnout (2023-10-26).
- hm312-de-04: Uruguay: Foreign Minister Bustillo, Interior Minister Heber and adviser Lafluf resign over the Marset passport affair; Ache's recording, the prosecutors' inquiry, Lacalle Pou praises the ministers, Frente Amplio's Pereira objects and demands disclosure, Paraguay's Riera asks for cooperation, the failed Bolivian raid recalled (2023-11-01).
- hm312-en-01: Colombia: protesters in Los Pozos, San Vicente del Caguán, free 78 police officers and nine oil workers after a riot at Emerald Energy's oil field; officer Ricardo Monroy stabbed to death, Petro calls it kidnapping, Cabal objects, Prada's delegation negotiates a deal, troops sent, community leaders accuse riot police, Barbosa investigates (2023-03-03).
- hm312-en-02: Mexico: López Obrador says migrants started the fire that killed 39 at the Ciudad Juárez detention center; FGR investigation without arrests, police cordon, Guatemala, Venezuela's Gil and the UN rights office demand an inquiry, Xiomara Castro offers help, migrants' vigil, a Venezuelan woman accuses the guards, Campos blames the federal government (2023-03-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm312-de-01 (Peru, Benavides adviser arrested)
EFICCOP = actor("Special Team of Prosecutors against Corruption of Power", "PER", "JUD")
VILLANUEVA = actor("Jaime Villanueva", "PER", "JUD")
PER_POLICE = actor("Peruvian National Police", "PER", "COP")
PER_JUDGE = actor("Peruvian judge", "PER", "JUD")
BENAVIDES = actor("Patricia Benavides", "PER", "JUD")
BARRETO = actor("Marita Barreto", "PER", "JUD")
LUQUE = actor("Ruth Luque", "PER", "LEG")
JNJ = actor("National Board of Justice", "PER", "JUD")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
OTAROLA = actor("Alberto Otárola", "PER", "GOV")

PE1 = ("Lima (dpa) - In Peru haben Sonderermittler der Staatsanwaltschaft einen engen Berater von "
       "Generalstaatsanwältin Patricia Benavides festnehmen lassen.")
PE2 = ("Jaime Villanueva sei am Montag bei einer Razzia in seiner Wohnung in Lima von der Polizei abgeführt worden, "
       "teilte das Sonderteam gegen Korruption mit.")
PE3 = "Ein Richter hatte auf Antrag der Ermittler zehn Tage vorläufige Haft gegen ihn angeordnet."
PE4 = ("Die Sonderermittler werfen Benavides vor, an der Spitze eines kriminellen Netzwerks zu stehen, das "
       "Abgeordneten Ermittlungen erspart habe.")
PE5 = ("Im Gegenzug sollen Parlamentarier im Kongress auf die Absetzung von Mitgliedern des Nationalen Justizrats JNJ "
       "hingearbeitet haben.")
PE6 = "Benavides wies die Vorwürfe am Dienstag zurück und sprach von einer „Vergeltungsaktion“ gegen sie."
PE7 = ("Noch in der Nacht hatte sie die Leiterin des Sonderteams, Staatsanwältin Marita Barreto, von ihrem Posten "
       "abberufen.")
PE8 = "Die linke Kongressabgeordnete Ruth Luque forderte den Rücktritt der Generalstaatsanwältin."
PE9 = ("„Wer an der Spitze der Strafverfolgung steht, darf nicht selbst unter dem Verdacht stehen, eine kriminelle "
       "Organisation zu führen“, schrieb sie auf der Plattform X.")
PE10 = "Benavides lehnte einen Rücktritt ab."
PE11 = "„Ich werde mich nicht einschüchtern lassen und mein Amt weiter ausüben“, sagte sie in einer Videobotschaft."
PE12 = "Der Justizrat leitete am Dienstag ein Disziplinarverfahren gegen Benavides ein."
PE13 = ("Benavides hatte am Montag beim Kongress eine Verfassungsklage gegen Präsidentin Dina Boluarte und "
        "Regierungschef Alberto Otárola wegen der Toten bei den Protesten zu Jahresbeginn eingereicht.")
PE14 = ("Bei den Unruhen nach der Absetzung von Präsident Pedro Castillo im Dezember vergangenen Jahres waren mehr als "
        "60 Menschen ums Leben gekommen.")
PE15 = "Otárola nannte die Klage ein „Ablenkungsmanöver“ der Generalstaatsanwältin."
PE16 = "Boluarte äußerte sich zunächst nicht."
PE17 = "Benavides ist seit Juni 2022 Generalstaatsanwältin; ihre Amtszeit läuft bis 2025."

DE01 = {
    "id": "hm312-de-01", "lang": "de", "url": None, "published": "2023-11-28",
    "title": "Perus Generalstaatsanwältin Benavides unter Druck: Berater festgenommen",
    "text": paragraphs([PE1, PE2, PE3], [PE4, PE5, PE6, PE7], [PE8, PE9, PE10, PE11],
                       [PE12, PE13, PE14, PE15, PE16, PE17]),
    "events": [
        event("COERCE", EFICCOP, VILLANUEVA, PE1, mode="arrest"),
        event("COERCE", PER_POLICE, VILLANUEVA, PE2, mode="arrest", date="2023-11-27", location="Lima",
              location_country="PER"),
        event("COERCE", PER_POLICE, VILLANUEVA, PE2, mode="seize", date="2023-11-27", location="Lima",
              location_country="PER"),
        event("COERCE", PER_JUDGE, VILLANUEVA, PE3, mode="arrest"),
        event("ACCUSE", EFICCOP, BENAVIDES, PE4, mode="allege"),
        event("ACCUSE", BENAVIDES, EFICCOP, PE6, mode="disapprove", date="2023-11-28"),
        event("SANCTION", BENAVIDES, BARRETO, PE7, mode="expel"),
        event("REQUEST", LUQUE, BENAVIDES, PE8, mode="change"),
        event("ACCUSE", LUQUE, BENAVIDES, PE9, mode="disapprove"),
        event("REJECT", BENAVIDES, LUQUE, PE10, mode="change"),
        event("ACCUSE", JNJ, BENAVIDES, PE12, mode="investigate", date="2023-11-28"),
        event("ACCUSE", BENAVIDES, BOLUARTE, PE13, mode="allege", date="2023-11-27"),
        event("ACCUSE", BENAVIDES, OTAROLA, PE13, mode="allege", date="2023-11-27"),
        event("ACCUSE", OTAROLA, BENAVIDES, PE15, mode="disapprove"),
    ],
    "quotes": [
        quote("Jaime Villanueva sei am Montag bei einer Razzia in seiner Wohnung in Lima von der Polizei abgeführt "
              "worden", "Special Team of Prosecutors against Corruption of Power", "indirect"),
        quote("an der Spitze eines kriminellen Netzwerks zu stehen, das Abgeordneten Ermittlungen erspart habe",
              "Special Team of Prosecutors against Corruption of Power", "indirect"),
        quote("Vergeltungsaktion", "Patricia Benavides", "direct"),
        quote("Wer an der Spitze der Strafverfolgung steht, darf nicht selbst unter dem Verdacht stehen, eine "
              "kriminelle Organisation zu führen", "Ruth Luque", "direct"),
        quote("Ich werde mich nicht einschüchtern lassen und mein Amt weiter ausüben", "Patricia Benavides", "direct"),
        quote("Ablenkungsmanöver", "Alberto Otárola", "direct"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
        entity("Special Team of Prosecutors against Corruption of Power", "ORG", "PER",
               ["Sonderermittler der Staatsanwaltschaft", "das Sonderteam gegen Korruption", "der Ermittler",
                "Die Sonderermittler", "des Sonderteams"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["der Staatsanwaltschaft"]),
        entity("Patricia Benavides", "PER", "PER", ["Generalstaatsanwältin Patricia Benavides", "Benavides",
                                                    "der Generalstaatsanwältin"]),
        entity("Jaime Villanueva", "PER", "PER", ["einen engen Berater", "Jaime Villanueva", "Villanueva"]),
        entity("Peruvian National Police", "ORG", "PER", ["der Polizei"]),
        entity("Peruvian judge", "PER", "PER", ["Ein Richter"]),
        entity("Peruvian lawmakers", "ORG", "PER", ["Abgeordneten", "Parlamentarier"]),
        entity("Congress of Peru", "ORG", "PER", ["im Kongress", "beim Kongress"]),
        entity("National Board of Justice", "ORG", "PER", ["des Nationalen Justizrats JNJ", "Der Justizrat"]),
        entity("Marita Barreto", "PER", "PER", ["die Leiterin des Sonderteams", "Staatsanwältin Marita Barreto"]),
        entity("Ruth Luque", "PER", "PER", ["Die linke Kongressabgeordnete Ruth Luque"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte", "Boluarte"]),
        entity("Alberto Otárola", "PER", "PER", ["Regierungschef Alberto Otárola", "Otárola"]),
        entity("Pedro Castillo", "PER", "PER", ["Präsident Pedro Castillo"]),
    ],
}

# ---------------------------------------------------------------- hm312-de-02 (Brazil, Lula and the Yanomami crisis)
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
BOLSONARO_ADMIN = actor("Bolsonaro administration", "BRA", "GOV")
YANOMAMI_LEADERS = actor("Yanomami leaders", "BRA", "CVL")
YANOMAMI = actor("Yanomami", "BRA", "CVL")
BRA_AIR_FORCE = actor("Brazilian Air Force", "BRA", "MIL")
TRINDADE = actor("Nísia Trindade", "BRA", "GOV")
GOLD_MINERS = actor("illegal gold miners in the Yanomami territory", "BRA", "CVL")
DINO = actor("Flávio Dino", "BRA", "GOV")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
GUAJAJARA = actor("Sônia Guajajara", "BRA", "GOV")

BR1 = ("Boa Vista (AFP) - Der brasilianische Präsident Luiz Inácio Lula da Silva hat der Regierung seines Vorgängers "
       "Jair Bolsonaro einen „Völkermord“ an den Yanomami vorgeworfen.")
BR2 = ("Lula besuchte am Samstag in Boa Vista, der Hauptstadt des Bundesstaats Roraima, ein Gesundheitszentrum für "
       "Indigene und traf dort Vertreter des Volkes.")
BR3 = "„Was ich hier gesehen habe, ist mehr als eine humanitäre Krise – es ist ein Völkermord“, sagte der 77-Jährige."
BR4 = ("Die Regierung Bolsonaro habe die Yanomami im Stich gelassen und illegale Goldsucher in deren Gebiet gewähren "
       "lassen, sagte Lula.")
BR5 = "Das Gesundheitsministerium hatte am Freitag einen medizinischen Notstand für das Yanomami-Gebiet ausgerufen."
BR6 = "Bilder von bis auf die Knochen abgemagerten Kindern und Alten hatten landesweit Entsetzen ausgelöst."
BR7 = ("Die Luftwaffe habe am Samstag mehrere Tonnen Lebensmittel und Medikamente in abgelegene Dörfer geflogen, "
       "teilte das Verteidigungsministerium mit.")
BR8 = "Gesundheitsministerin Nísia Trindade kündigte an, ein Feldlazarett der Streitkräfte nach Boa Vista zu schicken."
BR9 = ("Lula kündigte zudem an, die schätzungsweise 20.000 illegalen Goldgräber aus dem Schutzgebiet zu "
       "vertreiben.")
BR10 = "„Wir werden diesen Menschen ihre Würde zurückgeben“, sagte er."
BR11 = ("Justizminister Flávio Dino wies die Bundespolizei an, wegen des Verdachts auf Völkermord und "
        "Umweltverbrechen zu ermitteln.")
BR12 = "Das Verteidigungsministerium erwägt, den Luftraum über dem Gebiet für Flugzeuge der Goldsucher zu sperren."
BR13 = "Bolsonaro, der sich seit Ende Dezember in den USA aufhält, wies die Vorwürfe zurück."
BR14 = ("Er sprach im Messengerdienst Telegram von einer „Farce der Linken“ und erklärte, seine Regierung habe so viel "
        "wie keine andere für die Indigenen getan.")
BR15 = ("Die Ministerin für indigene Völker, Sônia Guajajara, warf Bolsonaro vor, das Vordringen der Goldsucher "
        "bewusst gefördert zu haben.")
BR16 = ("Nach Angaben ihres Ministeriums starben in den vergangenen vier Jahren 570 Yanomami-Kinder an vermeidbaren "
        "Krankheiten.")
BR17 = ("Das Yanomami-Gebiet an der Grenze zu Venezuela ist mit rund 96.000 Quadratkilometern das größte "
        "Indigenengebiet Brasiliens.")

DE02 = {
    "id": "hm312-de-02", "lang": "de", "url": None, "published": "2023-01-22",
    "title": "Lula wirft Bolsonaro-Regierung „Völkermord“ an Yanomami vor",
    "text": paragraphs([BR1, BR2, BR3, BR4], [BR5, BR6, BR7, BR8], [BR9, BR10, BR11, BR12],
                       [BR13, BR14, BR15, BR16, BR17]),
    "events": [
        event("ACCUSE", LULA, BOLSONARO_ADMIN, BR1, mode="allege"),
        event("CONSULT", LULA, YANOMAMI_LEADERS, BR2, mode="visit", date="2023-01-21", location="Boa Vista",
              location_country="BRA"),
        event("ACCUSE", LULA, BOLSONARO_ADMIN, BR3, mode="allege"),
        event("ACCUSE", LULA, BOLSONARO_ADMIN, BR4, mode="allege"),
        event("AID", BRA_AIR_FORCE, YANOMAMI, BR7, date="2023-01-21"),
        event("AGREE", TRINDADE, YANOMAMI, BR8),
        event("THREATEN", LULA, GOLD_MINERS, BR9),
        event("ACCUSE", DINO, None, BR11, mode="investigate"),
        event("ACCUSE", BOLSONARO, BRA_GOV, BR14, mode="disapprove"),
        event("ACCUSE", GUAJAJARA, BOLSONARO, BR15, mode="allege"),
    ],
    "quotes": [
        quote("Völkermord", "Luiz Inácio Lula da Silva", "direct"),
        quote("Was ich hier gesehen habe, ist mehr als eine humanitäre Krise – es ist ein Völkermord",
              "Luiz Inácio Lula da Silva", "direct"),
        quote("Die Regierung Bolsonaro habe die Yanomami im Stich gelassen und illegale Goldsucher in deren Gebiet "
              "gewähren lassen", "Luiz Inácio Lula da Silva", "indirect"),
        quote("Die Luftwaffe habe am Samstag mehrere Tonnen Lebensmittel und Medikamente in abgelegene Dörfer "
              "geflogen", "Ministry of Defence of Brazil", "indirect"),
        quote("Wir werden diesen Menschen ihre Würde zurückgeben", "Luiz Inácio Lula da Silva", "direct"),
        quote("Farce der Linken", "Jair Bolsonaro", "direct"),
        quote("seine Regierung habe so viel wie keine andere für die Indigenen getan", "Jair Bolsonaro", "indirect"),
        quote("das Vordringen der Goldsucher bewusst gefördert zu haben", "Sônia Guajajara", "indirect"),
        quote("starben in den vergangenen vier Jahren 570 Yanomami-Kinder an vermeidbaren Krankheiten",
              "Ministry of Indigenous Peoples of Brazil", "indirect"),
    ],
    "entities": [
        entity("Boa Vista", "LOC", "BRA", ["Boa Vista", "der Hauptstadt des Bundesstaats Roraima"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Der brasilianische Präsident Luiz Inácio Lula da Silva",
                                                           "Lula", "der 77-Jährige"]),
        entity("Bolsonaro administration", "ORG", "BRA", ["der Regierung seines Vorgängers Jair Bolsonaro",
                                                          "Die Regierung Bolsonaro"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["seines Vorgängers Jair Bolsonaro", "Bolsonaro"]),
        entity("Yanomami", "ORG", "BRA", ["den Yanomami", "die Yanomami", "des Volkes"]),
        entity("Yanomami leaders", "ORG", "BRA", ["Vertreter des Volkes"]),
        entity("Roraima", "LOC", "BRA", ["des Bundesstaats Roraima"]),
        entity("Indigenous health centre in Boa Vista", "LOC", "BRA", ["ein Gesundheitszentrum für Indigene"]),
        entity("illegal gold miners in the Yanomami territory", "ORG", "BRA",
               ["illegale Goldsucher", "illegalen Goldgräber", "der Goldsucher"]),
        entity("Yanomami Indigenous Territory", "LOC", "BRA", ["deren Gebiet", "das Yanomami-Gebiet", "dem Schutzgebiet",
                                                              "dem Gebiet", "Das Yanomami-Gebiet"]),
        entity("Ministry of Health of Brazil", "ORG", "BRA", ["Das Gesundheitsministerium"]),
        entity("Brazilian Air Force", "ORG", "BRA", ["Die Luftwaffe"]),
        entity("Ministry of Defence of Brazil", "ORG", "BRA", ["das Verteidigungsministerium",
                                                               "Das Verteidigungsministerium"]),
        entity("Nísia Trindade", "PER", "BRA", ["Gesundheitsministerin Nísia Trindade"]),
        entity("Brazilian Armed Forces", "ORG", "BRA", ["der Streitkräfte"]),
        entity("Flávio Dino", "PER", "BRA", ["Justizminister Flávio Dino"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["die Bundespolizei"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Telegram", "ORG", None, ["Messengerdienst Telegram"]),
        entity("Sônia Guajajara", "PER", "BRA", ["Die Ministerin für indigene Völker, Sônia Guajajara"]),
        entity("Ministry of Indigenous Peoples of Brazil", "ORG", "BRA", ["ihres Ministeriums"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens"]),
    ],
}

# ---------------------------------------------------------------- hm312-de-03 (Venezuela, probe into the primary)
SAAB = actor("Tarek William Saab", "VEN", "JUD")
CNDP = actor("National Primary Commission", "VEN", "OPP")
CASAL = actor("Jesús María Casal", "VEN", "OPP")
JORGE_RODRIGUEZ = actor("Jorge Rodríguez", "VEN", "LEG")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
VEN_COMPTROLLER = actor("Comptroller General of Venezuela", "VEN", "GOV")
US_STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
UNITARY_PLATFORM = actor("Unitary Platform", "VEN", "OPP")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")

VE1 = ("Caracas (Reuters) - Venezuelas Generalstaatsanwalt Tarek William Saab hat strafrechtliche Ermittlungen gegen "
       "die Organisatoren der Vorwahl der Opposition eingeleitet.")
VE2 = ("Den Mitgliedern der Nationalen Vorwahlkommission würden unter anderem Amtsanmaßung, Geldwäsche und "
       "Verschwörung vorgeworfen, sagte Saab am Mittwoch vor Journalisten in Caracas.")
VE3 = "Er forderte die Kommission auf, sämtliche Unterlagen der Abstimmung vom Sonntag herauszugeben."
VE4 = ("Nach Angaben der Kommission erhielt die frühere Abgeordnete María Corina Machado bei der Vorwahl mehr als 90 "
       "Prozent der rund 2,4 Millionen abgegebenen Stimmen.")
VE5 = "Der Vorsitzende der Kommission, der Verfassungsrechtler Jesús María Casal, lehnte die Herausgabe ab."
VE6 = ("Die Stimmzettel seien nach der Auszählung vernichtet worden, um die Wähler vor Repressalien zu schützen, "
       "erklärte er.")
VE7 = "Parlamentspräsident Jorge Rodríguez hatte die Vorwahl bereits am Montag als „Betrug“ bezeichnet."
VE8 = ("Machado warf der Regierung von Präsident Nicolás Maduro vor, Angst vor dem Willen der Wähler zu haben.")
VE9 = "„Sie können ermitteln, so viel sie wollen – die Venezolaner haben entschieden“, sagte die 56-Jährige."
VE10 = "Die Rechnungsprüfungsbehörde hatte sie im Juni für 15 Jahre von öffentlichen Ämtern ausgeschlossen."
VE11 = ("Das US-Außenministerium warnte, die Lockerung von Sanktionen gegen den Öl- und Gassektor könne rückgängig "
        "gemacht werden, sollte die Regierung in Caracas ihre Zusagen nicht einhalten.")
VE12 = ("Washington hatte die Sanktionen vergangene Woche für sechs Monate teilweise ausgesetzt, nachdem die "
        "Regierung und die Opposition auf Barbados einen Fahrplan für die Präsidentenwahl 2024 unterzeichnet hatten.")
VE13 = "Maduro drohte den Organisatoren der Vorwahl am Mittwochabend im Staatsfernsehen mit „Konsequenzen“."
VE14 = ("Der EU-Außenbeauftragte Josep Borrell würdigte die hohe Beteiligung als „beeindruckendes Zeichen“ des "
        "demokratischen Willens der Venezolaner.")
VE15 = "Einen Termin für die Präsidentenwahl hat der Nationale Wahlrat noch nicht festgelegt."

DE03 = {
    "id": "hm312-de-03", "lang": "de", "url": None, "published": "2023-10-26",
    "title": "Venezuelas Justiz ermittelt gegen Organisatoren der Oppositions-Vorwahl",
    "text": paragraphs([VE1, VE2, VE3, VE4], [VE5, VE6, VE7], [VE8, VE9, VE10], [VE11, VE12, VE13],
                       [VE14, VE15]),
    "events": [
        event("ACCUSE", SAAB, CNDP, VE1, mode="investigate"),
        event("ACCUSE", SAAB, CNDP, VE2, mode="allege", date="2023-10-25", location="Caracas",
              location_country="VEN"),
        event("REQUEST", SAAB, CNDP, VE3),
        event("REJECT", CASAL, SAAB, VE5),
        event("ACCUSE", JORGE_RODRIGUEZ, CNDP, VE7, mode="disapprove", date="2023-10-23"),
        event("ACCUSE", MACHADO, VEN_GOV, VE8, mode="disapprove"),
        event("COERCE", VEN_COMPTROLLER, MACHADO, VE10, mode="restrict"),
        event("THREATEN", US_STATE_DEPT, VEN_GOV, VE11),
        event("CONCEDE", USA_GOV, VEN_GOV, VE12),
        event("SUPPORT", VEN_GOV, UNITARY_PLATFORM, VE12, location="Barbados", location_country="BRB"),
        event("THREATEN", MADURO, CNDP, VE13, date="2023-10-25"),
        event("SUPPORT", BORRELL, UNITARY_PLATFORM, VE14),
    ],
    "quotes": [
        quote("Den Mitgliedern der Nationalen Vorwahlkommission würden unter anderem Amtsanmaßung, Geldwäsche und "
              "Verschwörung vorgeworfen", "Tarek William Saab", "indirect"),
        quote("erhielt die frühere Abgeordnete María Corina Machado bei der Vorwahl mehr als 90 Prozent der rund 2,4 "
              "Millionen abgegebenen Stimmen", "National Primary Commission", "indirect"),
        quote("Die Stimmzettel seien nach der Auszählung vernichtet worden, um die Wähler vor Repressalien zu schützen",
              "Jesús María Casal", "indirect"),
        quote("Betrug", "Jorge Rodríguez", "direct"),
        quote("die Vorwahl bereits am Montag als „Betrug“ bezeichnet", "Jorge Rodríguez", "indirect"),
        quote("Angst vor dem Willen der Wähler zu haben", "María Corina Machado", "indirect"),
        quote("Sie können ermitteln, so viel sie wollen – die Venezolaner haben entschieden", "María Corina Machado",
              "direct"),
        quote("die Lockerung von Sanktionen gegen den Öl- und Gassektor könne rückgängig gemacht werden, sollte die "
              "Regierung in Caracas ihre Zusagen nicht einhalten", "U.S. Department of State", "indirect"),
        quote("Konsequenzen", "Nicolás Maduro", "direct"),
        quote("beeindruckendes Zeichen", "Josep Borrell", "direct"),
        quote("die hohe Beteiligung als „beeindruckendes Zeichen“ des demokratischen Willens der Venezolaner",
              "Josep Borrell", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuelas"]),
        entity("Tarek William Saab", "PER", "VEN", ["Venezuelas Generalstaatsanwalt Tarek William Saab", "Saab"]),
        entity("National Primary Commission", "ORG", "VEN",
               ["die Organisatoren der Vorwahl der Opposition", "der Nationalen Vorwahlkommission", "die Kommission",
                "der Kommission", "den Organisatoren der Vorwahl"]),
        entity("Unitary Platform", "ORG", "VEN", ["der Opposition", "die Opposition"]),
        entity("María Corina Machado", "PER", "VEN", ["die frühere Abgeordnete María Corina Machado", "Machado",
                                                      "die 56-Jährige"]),
        entity("Jesús María Casal", "PER", "VEN", ["Der Vorsitzende der Kommission, der Verfassungsrechtler Jesús "
                                                   "María Casal"]),
        entity("Jorge Rodríguez", "PER", "VEN", ["Parlamentspräsident Jorge Rodríguez"]),
        entity("Government of Venezuela", "ORG", "VEN", ["der Regierung von Präsident Nicolás Maduro",
                                                         "die Regierung in Caracas", "die Regierung"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduro"]),
        entity("Comptroller General of Venezuela", "ORG", "VEN", ["Die Rechnungsprüfungsbehörde"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Barbados", "LOC", "BRB", ["Barbados"]),
        entity("Venezolana de Televisión", "ORG", "VEN", ["im Staatsfernsehen"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("National Electoral Council", "ORG", "VEN", ["der Nationale Wahlrat"]),
    ],
}

# ---------------------------------------------------------------- hm312-de-04 (Uruguay, resignations over Marset passport)
BUSTILLO = actor("Francisco Bustillo", "URY", "GOV")
HEBER = actor("Luis Alberto Heber", "URY", "GOV")
LAFLUF = actor("Roberto Lafluf", "URY", "GOV")
ACHE = actor("Carolina Ache", "URY", "PTY")
URY_PROSECUTORS = actor("Prosecutor's Office of Uruguay", "URY", "JUD")
URY_GOV = actor("Government of Uruguay", "URY", "GOV")
LACALLE_POU = actor("Luis Lacalle Pou", "URY", "GOV")
PEREIRA = actor("Fernando Pereira", "URY", "OPP")
RIERA = actor("Enrique Riera", "PRY", "GOV")
BOL_POLICE = actor("Bolivian Police", "BOL", "COP")
MARSET = actor("Sebastián Marset", "URY", "CVL")

UY1 = ("Montevideo (dpa) - Die Affäre um einen Reisepass für den Drogenhändler Sebastián Marset hat Uruguays "
       "Regierung in eine schwere Krise gestürzt.")
UY2 = ("Präsident Luis Lacalle Pou nahm am Mittwoch die Rücktrittsgesuche von Außenminister Francisco Bustillo und "
       "Innenminister Luis Alberto Heber an.")
UY3 = "Auch der Präsidentenberater Roberto Lafluf trat zurück."
UY4 = ("Auslöser war eine am Dienstag bekannt gewordene Tonaufnahme, in der Bustillo der früheren "
       "Vize-Außenministerin Carolina Ache nahelegt, ihr Mobiltelefon „zu verlieren“.")
UY5 = "Ache hatte die Aufnahme den Ermittlern übergeben."
UY6 = ("Die Staatsanwaltschaft ermittelt, ob Regierungsmitglieder wussten, dass Marset wegen eines gefälschten "
       "paraguayischen Passes in Dubai in Haft saß, als ihm Ende 2021 ein uruguayischer Pass ausgestellt wurde.")
UY7 = "Mit dem neuen Dokument kam Marset frei und tauchte unter."
UY8 = ("Lacalle Pou sagte am Mittwoch in Montevideo, er habe vom Inhalt der Gespräche erst durch die Ermittlungen "
       "erfahren.")
UY9 = "„Ich habe nie jemanden gebeten, etwas zu verbergen“, sagte der 50-Jährige."
UY10 = "Er lobte Bustillo und Heber als „ehrenhafte Männer“, die Verantwortung übernommen hätten."
UY11 = "Neuer Außenminister wird Industrieminister Omar Paganini, das Innenressort übernimmt Nicolás Martinelli."
UY12 = ("Der Vorsitzende des oppositionellen Linksbündnisses Frente Amplio, Fernando Pereira, warf der Regierung vor, "
        "das Ansehen des Landes beschädigt zu haben, und forderte die Offenlegung aller Unterlagen.")
UY13 = ("Paraguays Innenminister Enrique Riera forderte die Regierung in Montevideo auf, bei der Suche nach Marset "
        "zusammenzuarbeiten.")
UY14 = ("Marset gilt als einer der mächtigsten Drogenhändler Südamerikas und wird in Paraguay wegen Geldwäsche und "
        "Drogenhandels gesucht.")
UY15 = ("Im Juli hatte die bolivianische Polizei ein Haus in Santa Cruz gestürmt, in dem er sich versteckt hielt; "
        "festnehmen konnte sie ihn jedoch nicht.")

DE04 = {
    "id": "hm312-de-04", "lang": "de", "url": None, "published": "2023-11-01",
    "title": "Pass für Drogenboss Marset: Uruguays Außen- und Innenminister treten zurück",
    "text": paragraphs([UY1, UY2, UY3], [UY4, UY5, UY6, UY7], [UY8, UY9, UY10, UY11], [UY12, UY13],
                       [UY14, UY15]),
    "events": [
        event("RETREAT", BUSTILLO, None, UY2, mode="resign", date="2023-11-01"),
        event("RETREAT", HEBER, None, UY2, mode="resign", date="2023-11-01"),
        event("RETREAT", LAFLUF, None, UY3, mode="resign"),
        event("COOPERATE", ACHE, URY_PROSECUTORS, UY5),
        event("ACCUSE", URY_PROSECUTORS, URY_GOV, UY6, mode="investigate"),
        event("SUPPORT", LACALLE_POU, BUSTILLO, UY10),
        event("SUPPORT", LACALLE_POU, HEBER, UY10),
        event("ACCUSE", PEREIRA, URY_GOV, UY12, mode="disapprove"),
        event("REQUEST", PEREIRA, URY_GOV, UY12),
        event("REQUEST", RIERA, URY_GOV, UY13, mode="assist"),
        event("COERCE", BOL_POLICE, MARSET, UY15, mode="seize", location="Santa Cruz", location_country="BOL"),
        event("COERCE", BOL_POLICE, MARSET, UY15, mode="arrest", location="Santa Cruz", location_country="BOL",
              negated=True),
    ],
    "quotes": [
        quote("zu verlieren", "Francisco Bustillo", "direct"),
        quote("er habe vom Inhalt der Gespräche erst durch die Ermittlungen erfahren", "Luis Lacalle Pou", "indirect"),
        quote("Ich habe nie jemanden gebeten, etwas zu verbergen", "Luis Lacalle Pou", "direct"),
        quote("ehrenhafte Männer", "Luis Lacalle Pou", "direct"),
        quote("die Verantwortung übernommen hätten", "Luis Lacalle Pou", "indirect"),
        quote("das Ansehen des Landes beschädigt zu haben", "Fernando Pereira", "indirect"),
    ],
    "entities": [
        entity("Montevideo", "LOC", "URY", ["Montevideo"]),
        entity("Sebastián Marset", "PER", "URY", ["den Drogenhändler Sebastián Marset", "Marset"]),
        entity("Uruguay", "LOC", "URY", ["Uruguays", "des Landes"]),
        entity("Government of Uruguay", "ORG", "URY", ["Uruguays Regierung", "der Regierung",
                                                       "die Regierung in Montevideo"]),
        entity("Luis Lacalle Pou", "PER", "URY", ["Präsident Luis Lacalle Pou", "Lacalle Pou", "der 50-Jährige"]),
        entity("Francisco Bustillo", "PER", "URY", ["Außenminister Francisco Bustillo", "Bustillo"]),
        entity("Luis Alberto Heber", "PER", "URY", ["Innenminister Luis Alberto Heber", "Heber"]),
        entity("Roberto Lafluf", "PER", "URY", ["der Präsidentenberater Roberto Lafluf"]),
        entity("Carolina Ache", "PER", "URY", ["der früheren Vize-Außenministerin Carolina Ache", "Ache"]),
        entity("Prosecutor's Office of Uruguay", "ORG", "URY", ["den Ermittlern", "Die Staatsanwaltschaft"]),
        entity("Dubai", "LOC", "ARE", ["Dubai"]),
        entity("Omar Paganini", "PER", "URY", ["Industrieminister Omar Paganini"]),
        entity("Nicolás Martinelli", "PER", "URY", ["Nicolás Martinelli"]),
        entity("Fernando Pereira", "PER", "URY", ["Fernando Pereira"]),
        entity("Frente Amplio", "ORG", "URY", ["des oppositionellen Linksbündnisses Frente Amplio"]),
        entity("Enrique Riera", "PER", "PRY", ["Paraguays Innenminister Enrique Riera"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguays", "Paraguay"]),
        entity("South America", "LOC", None, ["Südamerikas"]),
        entity("Bolivian Police", "ORG", "BOL", ["die bolivianische Polizei"]),
        entity("Santa Cruz de la Sierra", "LOC", "BOL", ["Santa Cruz"]),
    ],
}

# ---------------------------------------------------------------- hm312-en-01 (Colombia, Los Pozos hostages freed)
LOS_POZOS_PROTESTERS = actor("protesters in Los Pozos", "COL", "CVL")
HELD_POLICE = actor("police officers held in Los Pozos", "COL", "COP")
OIL_WORKERS = actor("Emerald Energy oil workers", "COL", "BUS")
EMERALD = actor("Emerald Energy", "CHN", "BUS")
MONROY = actor("Ricardo Monroy", "COL", "COP")
PETRO = actor("Gustavo Petro", "COL", "GOV")
CABAL = actor("María Fernanda Cabal", "COL", "OPP")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
PRADA = actor("Alfonso Prada", "COL", "GOV")
LOS_POZOS_LEADERS = actor("community leaders of Los Pozos", "COL", "CVL")
COL_MILITARY = actor("Colombian military", "COL", "MIL")
COL_RIOT_POLICE = actor("Colombian riot police", "COL", "COP")
BARBOSA = actor("Francisco Barbosa", "COL", "JUD")

CO1 = ("BOGOTA, March 3 (Reuters) - Protesters in southern Colombia on Friday freed 78 police officers and nine oil "
       "workers they had held for more than a day after clashes at an oil field in which a police officer and a "
       "farmer were killed.")
CO2 = ("Hundreds of residents of the rural district of Los Pozos in San Vicente del Caguan, in Caqueta province, "
       "surrounded the officers and workers on Thursday and refused to let them leave after protesters stormed and "
       "set fire to facilities of the Emerald Energy company.")
CO3 = ("Protesters stabbed police officer Ricardo Monroy to death during the clashes, while a local farmer, Reinel "
       "Arevalo, died of a gunshot wound.")
CO4 = ("The protesters had been demanding that the company, a subsidiary of China's Sinochem, repair local roads and "
       "invest in the area.")
CO5 = ('"Holding police officers and workers against their will is a kidnapping, whatever name one gives it," '
       'President Gustavo Petro wrote on Twitter.')
CO6 = 'Interior Minister Alfonso Prada had described the standoff on Thursday as a "humanitarian siege".'
CO7 = ('Opposition Senator Maria Fernanda Cabal accused the government of treating "criminals" with kid gloves and '
       'demanded that those responsible be arrested.')
CO8 = ("Prada led a government delegation, including officials from the ombudsman's office and the Catholic Church, "
       "that negotiated with community leaders in Los Pozos late into Thursday night.")
CO9 = ("Under the deal reached early on Friday, the government promised to send a commission to discuss the "
       "community's demands, while the protesters agreed to free the hostages and lift their blockade of the oil "
       "field.")
CO10 = "The Defence Ministry said it had sent additional troops to the area to secure the oil field."
CO11 = "Community leaders accused riot police of opening fire on protesters on Thursday, a charge the police denied."
CO12 = ("Attorney General Francisco Barbosa said his office had opened an investigation into the two killings and the "
        "detention of the officers.")
CO13 = ('The unrest is one of the biggest tests so far of Petro\'s "total peace" policy, under which his government '
        'seeks to end armed conflicts and settle social disputes through dialogue.')
CO14 = "Petro, a former guerrilla fighter, took office in August as Colombia's first leftist president."
CO15 = "Emerald Energy did not immediately respond to a request for comment."

EN01 = {
    "id": "hm312-en-01", "lang": "en", "url": None, "published": "2023-03-03",
    "title": "Colombian protesters free 78 police officers after deadly clashes at oil field",
    "text": paragraphs([CO1, CO2, CO3, CO4], [CO5, CO6, CO7], [CO8, CO9, CO10], [CO11, CO12],
                       [CO13, CO14, CO15]),
    "events": [
        event("RETREAT", LOS_POZOS_PROTESTERS, HELD_POLICE, CO1, mode="release", date="2023-03-03"),
        event("RETREAT", LOS_POZOS_PROTESTERS, OIL_WORKERS, CO1, mode="release", date="2023-03-03"),
        event("ASSAULT", LOS_POZOS_PROTESTERS, HELD_POLICE, CO2, mode="abduct", date="2023-03-02",
              location="Los Pozos", location_country="COL"),
        event("ASSAULT", LOS_POZOS_PROTESTERS, OIL_WORKERS, CO2, mode="abduct", date="2023-03-02",
              location="Los Pozos", location_country="COL"),
        event("PROTEST", LOS_POZOS_PROTESTERS, EMERALD, CO2, mode="riot", date="2023-03-02", location="Los Pozos",
              location_country="COL"),
        event("ASSAULT", LOS_POZOS_PROTESTERS, MONROY, CO3, mode="primitive", location="Los Pozos",
              location_country="COL"),
        event("ACCUSE", PETRO, LOS_POZOS_PROTESTERS, CO5, mode="disapprove"),
        event("ACCUSE", CABAL, COL_GOV, CO7, mode="disapprove"),
        event("REQUEST", CABAL, COL_GOV, CO7),
        event("CONSULT", PRADA, LOS_POZOS_LEADERS, CO8, mode="visit", date="2023-03-02", location="Los Pozos",
              location_country="COL"),
        event("AGREE", COL_GOV, LOS_POZOS_PROTESTERS, CO9, date="2023-03-03"),
        event("CONCEDE", LOS_POZOS_PROTESTERS, COL_GOV, CO9, date="2023-03-03"),
        event("MOBILIZE", COL_MILITARY, None, CO10, mode="troops", location="Los Pozos", location_country="COL"),
        event("ACCUSE", LOS_POZOS_LEADERS, COL_RIOT_POLICE, CO11, mode="allege"),
        event("ACCUSE", BARBOSA, None, CO12, mode="investigate"),
    ],
    "quotes": [
        quote("the company, a subsidiary of China's Sinochem, repair local roads and invest in the area",
              "protesters in Los Pozos", "indirect"),
        quote("Holding police officers and workers against their will is a kidnapping, whatever name one gives it",
              "Gustavo Petro", "direct"),
        quote("humanitarian siege", "Alfonso Prada", "direct"),
        quote("criminals", "María Fernanda Cabal", "direct"),
        quote('treating "criminals" with kid gloves', "María Fernanda Cabal", "indirect"),
        quote("those responsible be arrested", "María Fernanda Cabal", "indirect"),
        quote("it had sent additional troops to the area to secure the oil field", "Ministry of Defence of Colombia",
              "indirect"),
        quote("opening fire on protesters on Thursday", "community leaders of Los Pozos", "indirect"),
        quote("his office had opened an investigation into the two killings and the detention of the officers",
              "Francisco Barbosa", "indirect"),
        quote("total peace", "Gustavo Petro", "direct"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["BOGOTA"]),
        entity("Colombia", "LOC", "COL", ["southern Colombia", "Colombia's"]),
        entity("protesters in Los Pozos", "ORG", "COL",
               ["Protesters", "Hundreds of residents of the rural district of Los Pozos", "protesters",
                "The protesters", "the protesters"]),
        entity("police officers held in Los Pozos", "ORG", "COL", ["78 police officers", "the officers"]),
        entity("Emerald Energy oil workers", "ORG", "COL", ["nine oil workers", "workers"]),
        entity("Los Pozos oil field", "LOC", "COL", ["an oil field", "the oil field"]),
        entity("Los Pozos", "LOC", "COL", ["the rural district of Los Pozos", "Los Pozos"]),
        entity("San Vicente del Caguán", "LOC", "COL", ["San Vicente del Caguan"]),
        entity("Caquetá", "LOC", "COL", ["Caqueta province"]),
        entity("Emerald Energy", "ORG", "CHN", ["the Emerald Energy company", "the company", "Emerald Energy"]),
        entity("Sinochem", "ORG", "CHN", ["China's Sinochem"]),
        entity("Ricardo Monroy", "PER", "COL", ["police officer Ricardo Monroy"]),
        entity("Reinel Arévalo", "PER", "COL", ["a local farmer, Reinel Arevalo"]),
        entity("Gustavo Petro", "PER", "COL", ["President Gustavo Petro", "Petro"]),
        entity("Twitter", "ORG", "USA", ["Twitter"]),
        entity("Alfonso Prada", "PER", "COL", ["Interior Minister Alfonso Prada", "Prada"]),
        entity("María Fernanda Cabal", "PER", "COL", ["Opposition Senator Maria Fernanda Cabal"]),
        entity("Government of Colombia", "ORG", "COL", ["the government", "a government delegation",
                                                        "his government"]),
        entity("Ombudsman's Office of Colombia", "ORG", "COL", ["the ombudsman's office"]),
        entity("Catholic Church", "ORG", "COL", ["the Catholic Church"]),
        entity("community leaders of Los Pozos", "ORG", "COL", ["community leaders", "Community leaders"]),
        entity("Ministry of Defence of Colombia", "ORG", "COL", ["The Defence Ministry"]),
        entity("Colombian military", "ORG", "COL", ["additional troops"]),
        entity("Colombian riot police", "ORG", "COL", ["riot police", "the police"]),
        entity("Francisco Barbosa", "PER", "COL", ["Attorney General Francisco Barbosa"]),
        entity("Attorney General's Office of Colombia", "ORG", "COL", ["his office"]),
    ],
}

# ---------------------------------------------------------------- hm312-en-02 (Mexico, Ciudad Juárez detention center fire)
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
DETAINED_MIGRANTS = actor("migrants held at the Ciudad Juárez detention center", "MEX", "CVL")
FGR = actor("Attorney General's Office of Mexico", "MEX", "JUD")
MEX_POLICE = actor("Mexican police", "MEX", "COP")
GTM_GOV = actor("Government of Guatemala", "GTM", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
YVAN_GIL = actor("Yván Gil", "VEN", "GOV")
XIOMARA_CASTRO = actor("Xiomara Castro", "HND", "GOV")
OHCHR_MEXICO = actor("UN Human Rights Office in Mexico", "UNO", "IGO")
JUAREZ_MIGRANTS = actor("migrants in Ciudad Juárez", "MEX", "CVL")
INM = actor("National Migration Institute", "MEX", "GOV")
VEN_WOMAN = actor("Venezuelan woman whose husband was detained", "VEN", "CVL")
INM_GUARDS = actor("guards at the Ciudad Juárez detention center", "MEX", "GOV")
MARU_CAMPOS = actor("María Eugenia Campos", "MEX", "GOV")

MX1 = ("CIUDAD JUAREZ, Mexico (AP) — Mexican President Andres Manuel Lopez Obrador said Tuesday that migrants who "
       "feared deportation had started the fire that killed at least 39 people at an immigration detention center in "
       "the border city of Ciudad Juarez overnight.")
MX2 = ('"They put mattresses at the door of the shelter and set them on fire, and they did not imagine that this would '
       'cause this terrible misfortune," Lopez Obrador said at his daily morning news conference.')
MX3 = ("The National Migration Institute said 68 men from Central and South America had been held at the facility, "
       "which sits next to a bridge to El Paso, Texas.")
MX4 = ("Security camera footage circulating on social media appeared to show guards walking away from a locked cell "
       "as smoke filled it.")
MX5 = ("The federal Attorney General's Office said it had opened an investigation and was questioning eight people, "
       "including immigration agents and private security guards.")
MX6 = "No one had been arrested by Tuesday evening."
MX7 = "Police cordoned off the building while forensic experts worked inside."
MX8 = ("Guatemala's government said 28 of the dead were Guatemalan citizens and demanded a thorough investigation.")
MX9 = ("Venezuelan Foreign Minister Yvan Gil said at least seven Venezuelans had died and called on Mexican "
       "authorities to punish those responsible.")
MX10 = ("Honduran President Xiomara Castro offered her condolences and said her government would send consular "
        "officials to help Mexican authorities identify the victims.")
MX11 = "The U.N. human rights office in Mexico called for a prompt and independent investigation."
MX12 = ('On Tuesday evening, dozens of migrants gathered outside the facility with candles and hand-written signs '
        'reading "We are not criminals" and "Justice."')
MX13 = ('A Venezuelan woman who said her husband was inside told reporters the guards "left them to burn" and refused '
        'to open the cell.')
MX14 = ("Chihuahua state Governor Maru Campos said the facility was the sole responsibility of the National Migration "
        "Institute and blamed federal authorities for overcrowding.")
MX15 = 'Lopez Obrador promised there would be "no impunity" for those responsible.'
MX16 = "Mexico has faced mounting pressure from Washington to curb the flow of migrants toward the U.S. border."

EN02 = {
    "id": "hm312-en-02", "lang": "en", "url": None, "published": "2023-03-28",
    "title": "Mexico's president says migrants started fire that killed 39 at Ciudad Juarez detention center",
    "text": paragraphs([MX1, MX2, MX3, MX4], [MX5, MX6, MX7], [MX8, MX9, MX10, MX11], [MX12, MX13, MX14],
                       [MX15, MX16]),
    "events": [
        event("ACCUSE", AMLO, DETAINED_MIGRANTS, MX1, mode="allege", date="2023-03-28"),
        event("ACCUSE", AMLO, DETAINED_MIGRANTS, MX2, mode="allege"),
        event("ACCUSE", FGR, None, MX5, mode="investigate"),
        event("COERCE", FGR, None, MX6, mode="arrest", negated=True),
        event("COERCE", MEX_POLICE, None, MX7, mode="restrict", location="Ciudad Juárez", location_country="MEX"),
        event("REQUEST", GTM_GOV, MEX_GOV, MX8),
        event("REQUEST", YVAN_GIL, MEX_GOV, MX9),
        event("AGREE", XIOMARA_CASTRO, MEX_GOV, MX10),
        event("REQUEST", OHCHR_MEXICO, MEX_GOV, MX11),
        event("PROTEST", JUAREZ_MIGRANTS, INM, MX12, mode="demo", date="2023-03-28", location="Ciudad Juárez",
              location_country="MEX"),
        event("ACCUSE", VEN_WOMAN, INM_GUARDS, MX13, mode="allege"),
        event("ACCUSE", MARU_CAMPOS, MEX_GOV, MX14, mode="disapprove"),
    ],
    "quotes": [
        quote("migrants who feared deportation had started the fire that killed at least 39 people at an immigration "
              "detention center in the border city of Ciudad Juarez overnight", "Andrés Manuel López Obrador",
              "indirect"),
        quote("They put mattresses at the door of the shelter and set them on fire, and they did not imagine that this "
              "would cause this terrible misfortune", "Andrés Manuel López Obrador", "direct"),
        quote("68 men from Central and South America had been held at the facility", "National Migration Institute",
              "indirect"),
        quote("it had opened an investigation and was questioning eight people, including immigration agents and "
              "private security guards", "Attorney General's Office of Mexico", "indirect"),
        quote("28 of the dead were Guatemalan citizens", "Government of Guatemala", "indirect"),
        quote("at least seven Venezuelans had died", "Yván Gil", "indirect"),
        quote("her government would send consular officials to help Mexican authorities identify the victims",
              "Xiomara Castro", "indirect"),
        quote("We are not criminals", "migrants in Ciudad Juárez", "direct"),
        quote("Justice", "migrants in Ciudad Juárez", "direct"),
        quote("her husband was inside", "Venezuelan woman whose husband was detained", "indirect"),
        quote("left them to burn", "Venezuelan woman whose husband was detained", "direct"),
        quote('the guards "left them to burn" and refused to open the cell',
              "Venezuelan woman whose husband was detained", "indirect"),
        quote("the facility was the sole responsibility of the National Migration Institute", "María Eugenia Campos",
              "indirect"),
        quote("no impunity", "Andrés Manuel López Obrador", "direct"),
        quote('there would be "no impunity" for those responsible', "Andrés Manuel López Obrador", "indirect"),
    ],
    "entities": [
        entity("Ciudad Juárez", "LOC", "MEX", ["CIUDAD JUAREZ", "the border city of Ciudad Juarez"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Mexican President Andres Manuel Lopez Obrador",
                                                             "Lopez Obrador"]),
        entity("migrants held at the Ciudad Juárez detention center", "ORG", "MEX",
               ["migrants who feared deportation", "68 men from Central and South America"]),
        entity("Ciudad Juárez migrant detention center", "LOC", "MEX",
               ["an immigration detention center", "the shelter", "the facility", "the building"]),
        entity("National Migration Institute", "ORG", "MEX", ["The National Migration Institute",
                                                              "the National Migration Institute"]),
        entity("El Paso", "LOC", "USA", ["El Paso, Texas"]),
        entity("guards at the Ciudad Juárez detention center", "ORG", "MEX", ["guards", "the guards"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX", ["The federal Attorney General's Office"]),
        entity("Mexican police", "ORG", "MEX", ["Police"]),
        entity("Government of Guatemala", "ORG", "GTM", ["Guatemala's government"]),
        entity("Yván Gil", "PER", "VEN", ["Venezuelan Foreign Minister Yvan Gil"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexican authorities", "federal authorities"]),
        entity("Xiomara Castro", "PER", "HND", ["Honduran President Xiomara Castro"]),
        entity("Government of Honduras", "ORG", "HND", ["her government"]),
        entity("UN Human Rights Office in Mexico", "ORG", "UNO", ["The U.N. human rights office in Mexico"]),
        entity("migrants in Ciudad Juárez", "ORG", "MEX", ["dozens of migrants"]),
        entity("Venezuelan woman whose husband was detained", "PER", "VEN", ["A Venezuelan woman"]),
        entity("María Eugenia Campos", "PER", "MEX", ["Chihuahua state Governor Maru Campos"]),
        entity("Chihuahua", "LOC", "MEX", ["Chihuahua state"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
