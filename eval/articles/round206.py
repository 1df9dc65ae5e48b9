"""Round 206: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm206-de-01: India's BJP loses its absolute majority; Naidu and Nitish Kumar pledge support to Modi, Rahul Gandhi attacks him, Kharge's invitation rebuffed, congratulations from Washington, Moscow and Rome, Pakistan's offer, police reinforcements in Manipur (2024-06-05).
- hm206-de-02: Candidates loyal to President Japarov win Kyrgyzstan's snap parliamentary election; OSCE criticism, GKNB arrests of opposition figures and journalists, boycott call, Putin congratulates, the EU demands releases (2025-12-01).
- hm206-de-03: A Seoul court gives opposition leader Lee Jae-myung a suspended sentence for breaking the election law; Lee and the Democratic Party object, the PPP demands his resignation, rival rallies and arrests outside the court (2024-11-15).
- hm206-de-04: Netanyahu calls Albanese a "weak politician" after Israel revokes the visas of Australia's envoys to the Palestinian Authority over the refusal of an Israeli MP; Burke and Wong hit back, the planned recognition of Palestine, protest in Melbourne (2025-08-19).
- hm206-en-01: Muizzu's People's National Congress wins a supermajority in the Maldives' parliamentary election; MDP concedes, Indian troop withdrawal, China's military aid and congratulations, India's concern, vote-buying arrests (2024-04-22).
- hm206-en-02: The UN General Assembly demands Russia's withdrawal from Ukraine on the war's third anniversary as the US votes with Russia; the Security Council adopts the US text, Shea, Betsa and Nebenzia speak, Macron at the White House (2025-02-24).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm206-de-01: India, BJP loses its majority, Modi relies on allies
# ---------------------------------------------------------------------------
MODI = actor("Narendra Modi", "IND", "GOV")
NAIDU = actor("Chandrababu Naidu", "IND", "PTY")
NITISH = actor("Nitish Kumar", "IND", "PTY")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
KHARGE = actor("Mallikarjun Kharge", "IND", "OPP")
TDP = actor("Telugu Desam Party (TDP)", "IND", "PTY")
JDU = actor("Janata Dal (United)", "IND", "PTY")
NDA = actor("National Democratic Alliance (NDA)", "IND", "PTY")
USA_GOV = actor("United States", "USA", "GOV")
RUS_GOV = actor("Russia", "RUS", "GOV")
ITA_GOV = actor("Italy", "ITA", "GOV")
PAK_MFA = actor("Ministry of Foreign Affairs of Pakistan", "PAK", "GOV")
IND_GOV = actor("India", "IND", "GOV")
IND_AUTH = actor("Indian authorities", "IND", "GOV")

I1 = ("Neu-Delhi (dpa) - Die hindunationalistische BJP von Indiens Premierminister Narendra Modi hat bei der "
      "Parlamentswahl überraschend ihre absolute Mehrheit verloren.")
I2 = "Laut der Wahlkommission kam die Partei auf 240 der 543 Sitze, das von ihr geführte Bündnis NDA auf 293."
I3 = ("Am Mittwoch sicherten Chandrababu Naidu von der Regionalpartei TDP und Nitish Kumar von der JD(U) Modi bei "
      "einem Treffen in seiner Residenz schriftlich ihre Unterstützung zu.")
I4 = "Modi soll am Sonntag zum dritten Mal in Folge vereidigt werden."
I5 = "„Das Volk hat der NDA zum dritten Mal sein Vertrauen geschenkt“, sagte Modi vor Anhängern in der Parteizentrale."
I6 = ("Oppositionsführer Rahul Gandhi von der Kongresspartei sprach dagegen von einer „moralischen Niederlage“ des "
      "Premiers und warf ihm vor, die Verfassung angegriffen zu haben.")
I7 = "Kongress-Präsident Mallikarjun Kharge lud TDP und JD(U) ein, sich dem Oppositionsbündnis INDIA anzuschließen."
I8 = "Naidu lehnte ab: Seine Partei stehe fest an der Seite der NDA, sagte er."
I9 = "Glückwünsche kamen unter anderem aus Washington, Moskau und Rom."
I10 = ("Pakistans Außenministerium erklärte, man wünsche sich mit jeder indischen Regierung friedliche Beziehungen, "
       "die auch den Kaschmir-Konflikt einschlössen.")
I11 = ("Im Unruhestaat Manipur verlegten die Behörden nach Zusammenstößen am Wahltag zusätzliche Einheiten "
       "paramilitärischer Polizei in die Hauptstadt Imphal.")
I12 = "Die BJP hatte im Wahlkampf 370 Sitze als Ziel ausgegeben."

DE01 = {
    "id": "hm206-de-01", "lang": "de", "url": None, "published": "2024-06-05",
    "title": "Modi verliert absolute Mehrheit und ist auf Partner angewiesen",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12]),
    "events": [
        event("SUPPORT", NAIDU, MODI, I3, date="2024-06-05", location="New Delhi", location_country="IND"),
        event("SUPPORT", NITISH, MODI, I3, date="2024-06-05", location="New Delhi", location_country="IND"),
        event("CONSULT", NAIDU, MODI, I3, mode="visit", date="2024-06-05", location="New Delhi",
              location_country="IND"),
        event("CONSULT", NITISH, MODI, I3, mode="visit", date="2024-06-05", location="New Delhi",
              location_country="IND"),
        event("ACCUSE", RAHUL, MODI, I6, mode="disapprove"),
        event("AGREE", KHARGE, TDP, I7),
        event("AGREE", KHARGE, JDU, I7),
        event("REJECT", NAIDU, KHARGE, I8),
        event("SUPPORT", NAIDU, NDA, I8),
        event("SUPPORT", USA_GOV, MODI, I9),
        event("SUPPORT", RUS_GOV, MODI, I9),
        event("SUPPORT", ITA_GOV, MODI, I9),
        event("AGREE", PAK_MFA, IND_GOV, I10),
        event("MOBILIZE", IND_AUTH, None, I11, mode="police", location="Imphal", location_country="IND"),
    ],
    "quotes": [
        quote("kam die Partei auf 240 der 543 Sitze, das von ihr geführte Bündnis NDA auf 293",
              "Election Commission of India", "indirect"),
        quote("Das Volk hat der NDA zum dritten Mal sein Vertrauen geschenkt", "Narendra Modi", "direct"),
        quote("moralischen Niederlage", "Rahul Gandhi", "direct"),
        quote("die Verfassung angegriffen zu haben", "Rahul Gandhi", "indirect"),
        quote("sich dem Oppositionsbündnis INDIA anzuschließen", "Mallikarjun Kharge", "indirect"),
        quote("Seine Partei stehe fest an der Seite der NDA", "Chandrababu Naidu", "indirect"),
        quote("man wünsche sich mit jeder indischen Regierung friedliche Beziehungen, die auch den Kaschmir-Konflikt "
              "einschlössen", "Ministry of Foreign Affairs of Pakistan", "indirect"),
    ],
    "entities": [
        entity("Bharatiya Janata Party (BJP)", "ORG", "IND", ["Die hindunationalistische BJP", "die Partei", "Die BJP"]),
        entity("Narendra Modi", "PER", "IND",
               ["Indiens Premierminister Narendra Modi", "Modi", "des Premiers", "ihm"]),
        entity("Election Commission of India", "ORG", "IND", ["der Wahlkommission"]),
        entity("National Democratic Alliance (NDA)", "ORG", "IND", ["Bündnis NDA", "der NDA"]),
        entity("Chandrababu Naidu", "PER", "IND", ["Chandrababu Naidu", "Naidu", "er"]),
        entity("Telugu Desam Party (TDP)", "ORG", "IND", ["der Regionalpartei TDP", "TDP", "Seine Partei"]),
        entity("Nitish Kumar", "PER", "IND", ["Nitish Kumar"]),
        entity("Janata Dal (United)", "ORG", "IND", ["der JD(U)", "JD(U)"]),
        entity("Rahul Gandhi", "PER", "IND", ["Oppositionsführer Rahul Gandhi"]),
        entity("Indian National Congress", "ORG", "IND", ["der Kongresspartei"]),
        entity("Mallikarjun Kharge", "PER", "IND", ["Kongress-Präsident Mallikarjun Kharge"]),
        entity("INDIA alliance", "ORG", "IND", ["dem Oppositionsbündnis INDIA"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Italy", "GPE", "ITA", ["Rom"]),
        entity("Ministry of Foreign Affairs of Pakistan", "ORG", "PAK", ["Pakistans Außenministerium"]),
        entity("Indian authorities", "ORG", "IND", ["die Behörden"]),
        entity("Manipur", "LOC", "IND", ["Im Unruhestaat Manipur"]),
        entity("Imphal", "LOC", "IND", ["die Hauptstadt Imphal"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("India", "GPE", "IND", ["Indiens"]),
    ],
}

# ---------------------------------------------------------------------------
# hm206-de-02: Kyrgyzstan, snap parliamentary election
# ---------------------------------------------------------------------------
JAPAROV = actor("Sadyr Japarov", "KGZ", "GOV")
KGZ_GOV = actor("Government of Kyrgyzstan", "KGZ", "GOV")
KGZ = actor("Kyrgyzstan", "KGZ", "GOV")
OSCE = actor("OSCE election observation mission", "IGO", "IGO")
GKNB = actor("State Committee for National Security (GKNB)", "KGZ", "GOV")
KGZ_OPP_POL = actor("Kyrgyz opposition politicians", "KGZ", "OPP")
KGZ_JOURN = actor("Kyrgyz journalists", "KGZ", "CVL")
KGZ_OPP = actor("Kyrgyz opposition groups", "KGZ", "OPP")
KGZ_POLICE = actor("Kyrgyz police", "KGZ", "COP")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
EU = actor("European Union", "EUR", "IGO")

K1 = ("Bischkek (AFP) - Bei der vorgezogenen Parlamentswahl in Kirgistan haben Kandidaten aus dem Lager von "
      "Präsident Sadyr Dschaparow nach vorläufigen Ergebnissen die große Mehrheit der 90 Sitze gewonnen.")
K2 = "Laut der Zentralen Wahlkommission lag die Beteiligung bei knapp 37 Prozent."
K3 = "Die Abstimmung war ursprünglich erst für das kommende Jahr vorgesehen."
K4 = ("Die Beobachtermission der OSZE erklärte am Montag, die Wahl sei effizient organisiert worden, habe aber "
      "unter Einschränkungen der Meinungs- und Pressefreiheit gelitten.")
K5 = ("In den Wochen vor der Abstimmung hatte der Geheimdienst GKNB mehrere Oppositionspolitiker und Journalisten "
      "festgenommen.")
K6 = "Ihnen wird vorgeworfen, zu „Massenunruhen“ aufgerufen zu haben."
K7 = ("Dschaparow wies jede Kritik zurück: „Die Wahl war frei, und jeder konnte antreten“, sagte er in einer "
      "Videobotschaft.")
K8 = "Mehrere Oppositionsgruppen hatten zum Boykott aufgerufen und sprachen von einer „Inszenierung“."
K9 = "Kundgebungen gab es in Bischkek nicht, die Polizei zeigte im Stadtzentrum jedoch starke Präsenz."
K10 = "Russlands Präsident Wladimir Putin gratulierte Dschaparow in einem Telefonat zum Ausgang der Wahl."
K11 = "Die EU forderte Bischkek auf, die inhaftierten Journalisten freizulassen."
K12 = "Kirgistan gilt als einer der engsten Verbündeten Moskaus in Zentralasien."

DE02 = {
    "id": "hm206-de-02", "lang": "de", "url": None, "published": "2025-12-01",
    "title": "Regierungstreue Kandidaten gewinnen Parlamentswahl in Kirgistan",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12]),
    "events": [
        event("ACCUSE", OSCE, KGZ_GOV, K4, mode="disapprove", date="2025-12-01"),
        event("COERCE", GKNB, KGZ_OPP_POL, K5, mode="arrest", location_country="KGZ"),
        event("COERCE", GKNB, KGZ_JOURN, K5, mode="arrest", location_country="KGZ"),
        event("ACCUSE", GKNB, KGZ_OPP_POL, K6, mode="allege"),
        event("ACCUSE", GKNB, KGZ_JOURN, K6, mode="allege"),
        event("PROTEST", KGZ_OPP, JAPAROV, K8, mode="boycott"),
        event("ACCUSE", KGZ_OPP, JAPAROV, K8, mode="disapprove"),
        event("PROTEST", KGZ_OPP, JAPAROV, K9, mode="demo", location="Bishkek", location_country="KGZ",
              negated=True),
        event("MOBILIZE", KGZ_POLICE, None, K9, mode="police", location="Bishkek", location_country="KGZ"),
        event("SUPPORT", PUTIN, JAPAROV, K10),
        event("CONSULT", PUTIN, JAPAROV, K10, mode="phone"),
        event("REQUEST", EU, KGZ, K11, mode="yield"),
    ],
    "quotes": [
        quote("lag die Beteiligung bei knapp 37 Prozent", "Central Election Commission of Kyrgyzstan", "indirect"),
        quote("die Wahl sei effizient organisiert worden, habe aber unter Einschränkungen der Meinungs- und "
              "Pressefreiheit gelitten", "OSCE election observation mission", "indirect"),
        quote("zu „Massenunruhen“ aufgerufen zu haben", "State Committee for National Security (GKNB)", "indirect"),
        quote("Massenunruhen", "State Committee for National Security (GKNB)", "direct"),
        quote("Die Wahl war frei, und jeder konnte antreten", "Sadyr Japarov", "direct"),
        quote("Inszenierung", "Kyrgyz opposition groups", "direct"),
        quote("die inhaftierten Journalisten freizulassen", "European Union", "indirect"),
    ],
    "entities": [
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kirgistan"]),
        entity("Bishkek", "LOC", "KGZ", ["Bischkek"]),
        entity("Sadyr Japarov", "PER", "KGZ", ["Präsident Sadyr Dschaparow", "Dschaparow", "er"]),
        entity("Central Election Commission of Kyrgyzstan", "ORG", "KGZ", ["der Zentralen Wahlkommission"]),
        entity("OSCE election observation mission", "ORG", "IGO", ["Die Beobachtermission der OSZE"]),
        entity("State Committee for National Security (GKNB)", "ORG", "KGZ", ["der Geheimdienst GKNB"]),
        entity("Kyrgyz opposition politicians", "ORG", "KGZ", ["mehrere Oppositionspolitiker", "Ihnen"]),
        entity("Kyrgyz journalists", "ORG", "KGZ", ["Journalisten", "die inhaftierten Journalisten"]),
        entity("Kyrgyz opposition groups", "ORG", "KGZ", ["Mehrere Oppositionsgruppen"]),
        entity("Kyrgyz police", "ORG", "KGZ", ["die Polizei"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russlands Präsident Wladimir Putin"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("Russia", "GPE", "RUS", ["Moskaus", "Russlands"]),
        entity("Central Asia", "LOC", None, ["Zentralasien"]),
    ],
}

# ---------------------------------------------------------------------------
# hm206-de-03: South Korea, Lee Jae-myung convicted
# ---------------------------------------------------------------------------
SEOUL_COURT = actor("Seoul Central District Court", "KOR", "JUD")
LEE = actor("Lee Jae-myung", "KOR", "OPP")
DPK = actor("Democratic Party of Korea", "KOR", "OPP")
KOR_PROS = actor("Supreme Prosecutors' Office of South Korea", "KOR", "JUD")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
PPP = actor("People Power Party", "KOR", "PTY")
LEE_FANS = actor("Lee Jae-myung supporters", "KOR", "CVL")
LEE_FOES = actor("Lee Jae-myung opponents", "KOR", "CVL")
KOR_POLICE = actor("Seoul Metropolitan Police", "KOR", "COP")
KOR_PROTESTERS = actor("protesters", "KOR", "CVL")
TWO_MEN = actor("two men", "KOR", "CVL")

L1 = ("Seoul (dpa) - Ein Gericht in Seoul hat Südkoreas Oppositionsführer Lee Jae-myung wegen Verstoßes gegen "
      "das Wahlgesetz zu einem Jahr Haft auf Bewährung verurteilt.")
L2 = ("Die Richter sahen es am Freitag als erwiesen an, dass der Chef der Demokratischen Partei im "
      "Präsidentschaftswahlkampf 2022 falsche Angaben zu einem umstrittenen Bauprojekt gemacht hatte.")
L3 = ("Wird das Urteil in höheren Instanzen bestätigt, verliert Lee sein Mandat und darf bei der nächsten "
      "Präsidentenwahl nicht antreten.")
L4 = "Lee nannte das Urteil politisch motiviert und kündigte Berufung an."
L5 = "„Das ist eine Entscheidung, die schwer zu akzeptieren ist“, sagte er vor dem Gerichtsgebäude."
L6 = ("Seine Partei warf der Staatsanwaltschaft vor, auf Geheiß von Präsident Yoon Suk Yeol einen politischen "
      "Rivalen ausschalten zu wollen.")
L7 = "Die Regierungspartei PPP begrüßte das Urteil und forderte Lee auf, als Parteichef zurückzutreten."
L8 = ("Vor dem Gericht standen sich Tausende Anhänger und Gegner Lees gegenüber, die Polizei trennte die Lager "
      "mit Absperrgittern.")
L9 = "Laut Polizei wurden zwei Männer festgenommen, die Beamte angegriffen haben sollen."
L10 = "Gegen Lee laufen noch mehrere weitere Verfahren, unter anderem wegen Bestechung."
L11 = "In einem davon soll am 25. November ein Urteil fallen."

DE03 = {
    "id": "hm206-de-03", "lang": "de", "url": None, "published": "2024-11-15",
    "title": "Südkoreas Oppositionsführer Lee zu Bewährungsstrafe verurteilt",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10, L11]),
    "events": [
        event("SANCTION", SEOUL_COURT, LEE, L1, mode="convict", date="2024-11-15", location="Seoul",
              location_country="KOR"),
        event("SANCTION", SEOUL_COURT, LEE, L2, mode="convict", date="2024-11-15", location="Seoul",
              location_country="KOR"),
        event("ACCUSE", LEE, SEOUL_COURT, L4, mode="disapprove", date="2024-11-15"),
        event("ACCUSE", LEE, SEOUL_COURT, L5, mode="disapprove", date="2024-11-15"),
        event("ACCUSE", DPK, KOR_PROS, L6, mode="allege"),
        event("ACCUSE", DPK, YOON, L6, mode="allege"),
        event("SUPPORT", PPP, SEOUL_COURT, L7),
        event("REQUEST", PPP, LEE, L7, mode="change"),
        event("PROTEST", LEE_FANS, SEOUL_COURT, L8, mode="demo", date="2024-11-15", location="Seoul",
              location_country="KOR"),
        event("PROTEST", LEE_FOES, LEE, L8, mode="demo", date="2024-11-15", location="Seoul",
              location_country="KOR"),
        event("COERCE", KOR_POLICE, KOR_PROTESTERS, L8, mode="restrict", date="2024-11-15", location="Seoul",
              location_country="KOR"),
        event("COERCE", KOR_POLICE, TWO_MEN, L9, mode="arrest", date="2024-11-15", location="Seoul",
              location_country="KOR"),
    ],
    "quotes": [
        quote("dass der Chef der Demokratischen Partei im Präsidentschaftswahlkampf 2022 falsche Angaben zu einem "
              "umstrittenen Bauprojekt gemacht hatte", "Seoul Central District Court", "indirect"),
        quote("Das ist eine Entscheidung, die schwer zu akzeptieren ist", "Lee Jae-myung", "direct"),
        quote("auf Geheiß von Präsident Yoon Suk Yeol einen politischen Rivalen ausschalten zu wollen",
              "Democratic Party of Korea", "indirect"),
        quote("als Parteichef zurückzutreten", "People Power Party", "indirect"),
        quote("wurden zwei Männer festgenommen, die Beamte angegriffen haben sollen", "Seoul Metropolitan Police",
              "indirect"),
    ],
    "entities": [
        entity("Seoul Central District Court", "ORG", "KOR", ["Ein Gericht in Seoul", "Die Richter", "dem Gericht"]),
        entity("Lee Jae-myung", "PER", "KOR",
               ["Südkoreas Oppositionsführer Lee Jae-myung", "der Chef der Demokratischen Partei", "Lee", "Lees",
                "er"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Demokratischen Partei", "Seine Partei"]),
        entity("Supreme Prosecutors' Office of South Korea", "ORG", "KOR", ["der Staatsanwaltschaft"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol"]),
        entity("People Power Party", "ORG", "KOR", ["Die Regierungspartei PPP"]),
        entity("Lee Jae-myung supporters", "ORG", "KOR", ["Tausende Anhänger"]),
        entity("Lee Jae-myung opponents", "ORG", "KOR", ["Gegner Lees"]),
        entity("Seoul Metropolitan Police", "ORG", "KOR", ["die Polizei", "Polizei"]),
        entity("two men", "PER", "KOR", ["zwei Männer"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("South Korea", "GPE", "KOR", ["Südkoreas"]),
    ],
}

# ---------------------------------------------------------------------------
# hm206-de-04: Australia and Israel, row over recognition of Palestine
# ---------------------------------------------------------------------------
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
AUSTRALIA = actor("Australia", "AUS", "GOV")
ROTHMAN = actor("Simcha Rothman", "ISR", "LEG")
BURKE = actor("Tony Burke", "AUS", "GOV")
WONG = actor("Penny Wong", "AUS", "GOV")
PALESTINE = actor("Palestine", "PSE", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")
AUS_JEWISH = actor("Jewish organisations in Australia", "AUS", "NGO")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
AUS_PROTESTERS = actor("protesters in Melbourne", "AUS", "CVL")

A1 = ("Sydney (dpa) - Im Streit über die geplante Anerkennung eines Palästinenserstaats hat Israels "
      "Regierungschef Benjamin Netanjahu den australischen Premierminister Anthony Albanese scharf angegriffen.")
A2 = "Albanese sei ein „schwacher Politiker, der Israel verraten“ habe, schrieb Netanjahu am Dienstag auf der Plattform X."
A3 = "Zuvor hatte Israel den australischen Vertretern bei der Palästinensischen Autonomiebehörde die Visa entzogen."
A4 = ("Außenminister Gideon Saar begründete dies damit, dass Canberra einem rechtsgerichteten israelischen "
      "Abgeordneten die Einreise verweigert hatte.")
A5 = "Albanese reagierte gelassen: „Ich nehme so etwas nicht persönlich“, sagte er in Canberra."
A6 = "Innenminister Tony Burke sagte, Stärke bemesse sich nicht daran, „wie viele Menschen man in die Luft sprengen“ könne."
A7 = ("Außenministerin Penny Wong nannte den Entzug der Visa eine „ungerechtfertigte Reaktion“ und rief Israel auf, "
      "mehr Hilfsgüter in den Gazastreifen zu lassen.")
A8 = ("Albanese hatte vor gut einer Woche angekündigt, Australien werde Palästina bei der UN-Generalversammlung im "
      "September als Staat anerkennen.")
A9 = "Die Palästinensische Autonomiebehörde begrüßte die Ankündigung."
A10 = ("Jüdische Organisationen in Australien kritisierten den Schritt, in Melbourne demonstrierten am Sonntag "
       "mehrere Hundert Menschen gegen die Regierung.")
A11 = "Die Beziehungen zwischen beiden Ländern gelten seit Beginn des Gaza-Kriegs als angespannt."

DE04 = {
    "id": "hm206-de-04", "lang": "de", "url": None, "published": "2025-08-19",
    "title": "Netanjahu nennt Albanese einen „schwachen Politiker“",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11]),
    "events": [
        event("ACCUSE", NETANYAHU, ALBANESE, A1, mode="disapprove", date="2025-08-19"),
        event("ACCUSE", NETANYAHU, ALBANESE, A2, mode="disapprove", date="2025-08-19"),
        event("SANCTION", ISRAEL, AUSTRALIA, A3, mode="expel"),
        event("REJECT", AUSTRALIA, ROTHMAN, A4),
        event("ACCUSE", BURKE, NETANYAHU, A6, mode="disapprove"),
        event("ACCUSE", WONG, ISRAEL, A7, mode="disapprove"),
        event("REQUEST", WONG, ISRAEL, A7, mode="yield"),
        event("AGREE", ALBANESE, PALESTINE, A8),
        event("SUPPORT", PA, AUSTRALIA, A9),
        event("ACCUSE", AUS_JEWISH, AUS_GOV, A10, mode="disapprove"),
        event("PROTEST", AUS_PROTESTERS, AUS_GOV, A10, mode="demo", date="2025-08-17", location="Melbourne",
              location_country="AUS"),
    ],
    "quotes": [
        quote("Albanese sei ein „schwacher Politiker, der Israel verraten“ habe", "Benjamin Netanyahu", "indirect"),
        quote("schwacher Politiker, der Israel verraten", "Benjamin Netanyahu", "direct"),
        quote("dass Canberra einem rechtsgerichteten israelischen Abgeordneten die Einreise verweigert hatte",
              "Gideon Saar", "indirect"),
        quote("Ich nehme so etwas nicht persönlich", "Anthony Albanese", "direct"),
        quote("Stärke bemesse sich nicht daran, „wie viele Menschen man in die Luft sprengen“ könne", "Tony Burke",
              "indirect"),
        quote("wie viele Menschen man in die Luft sprengen", "Tony Burke", "direct"),
        quote("ungerechtfertigte Reaktion", "Penny Wong", "direct"),
        quote("mehr Hilfsgüter in den Gazastreifen zu lassen", "Penny Wong", "indirect"),
        quote("Australien werde Palästina bei der UN-Generalversammlung im September als Staat anerkennen",
              "Anthony Albanese", "indirect"),
    ],
    "entities": [
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israels Regierungschef Benjamin Netanjahu", "Netanjahu"]),
        entity("Anthony Albanese", "PER", "AUS",
               ["den australischen Premierminister Anthony Albanese", "Albanese", "er"]),
        entity("Israel", "GPE", "ISR", ["Israels", "Israel"]),
        entity("Australia", "GPE", "AUS", ["Australien", "Canberra"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Palestinian Authority", "ORG", "PSE",
               ["der Palästinensischen Autonomiebehörde", "Die Palästinensische Autonomiebehörde"]),
        entity("Gideon Saar", "PER", "ISR", ["Außenminister Gideon Saar"]),
        entity("Simcha Rothman", "PER", "ISR", ["einem rechtsgerichteten israelischen Abgeordneten"]),
        entity("Tony Burke", "PER", "AUS", ["Innenminister Tony Burke"]),
        entity("Penny Wong", "PER", "AUS", ["Außenministerin Penny Wong"]),
        entity("Gaza Strip", "LOC", "PSE", ["den Gazastreifen"]),
        entity("Palestine", "GPE", "PSE", ["Palästina"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["der UN-Generalversammlung"]),
        entity("Jewish organisations in Australia", "ORG", "AUS", ["Jüdische Organisationen in Australien"]),
        entity("Melbourne", "LOC", "AUS", ["Melbourne"]),
        entity("Government of Australia", "ORG", "AUS", ["die Regierung"]),
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
    ],
}

# ---------------------------------------------------------------------------
# hm206-en-01: Maldives, Muizzu's party wins a supermajority
# ---------------------------------------------------------------------------
MUIZZU = actor("Mohamed Muizzu", "MDV", "GOV")
FAYYAZ = actor("Fayyaz Ismail", "MDV", "OPP")
IND_MIL = actor("Indian Armed Forces", "IND", "MIL")
MDV = actor("Maldives", "MDV", "GOV")
INDIA = actor("India", "IND", "GOV")
CHINA = actor("China", "CHN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
IND_OFFICIALS = actor("Indian officials", "IND", "GOV")
MDV_POLICE = actor("Maldives Police Service", "MDV", "COP")
MDV_CANDIDATES = actor("parliamentary candidates", "MDV", "PTY")
TRANSP_MDV = actor("Transparency Maldives", "MDV", "NGO")
PNC = actor("People's National Congress", "MDV", "PTY")

M1 = ("MALE, Maldives (AP) — President Mohamed Muizzu's People's National Congress won a landslide in the "
      "Maldives' parliamentary election, giving the pro-China leader a supermajority, according to provisional "
      "results released Monday.")
M2 = "The party took 66 of the 93 seats, while the main opposition Maldivian Democratic Party won only 12."
M3 = "Muizzu thanked voters and said the result was a mandate to “protect the sovereignty” of the island nation."
M4 = ("MDP chairman Fayyaz Ismail conceded defeat and said his party would act as a “responsible opposition” in "
      "parliament.")
M5 = "The first group of Indian military personnel left the country in March, and the remainder are due to go by May 10."
M6 = ("Muizzu signed a military assistance agreement with China the same month, under which Beijing will provide "
      "free non-lethal equipment and training.")
M7 = ("China's foreign ministry congratulated Muizzu on Monday and said Beijing was ready to deepen cooperation "
      "with the Maldives.")
M8 = ("Indian officials have voiced concern over the growing Chinese presence in the Indian Ocean, though New Delhi "
      "said it would respect the outcome of the vote.")
M9 = "Police arrested two candidates on the eve of the vote on suspicion of buying votes, a police spokesman said."
M10 = ("Transparency Maldives said the vote was largely peaceful but criticised the “misuse of state resources” "
       "by the ruling party.")
M11 = "With a two-thirds majority, Muizzu could amend the constitution without opposition support, analysts said."

EN01 = {
    "id": "hm206-en-01", "lang": "en", "url": None, "published": "2024-04-22",
    "title": "Maldives president's party wins supermajority in parliamentary election",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11]),
    "events": [
        event("CONCEDE", FAYYAZ, MUIZZU, M4),
        event("RETREAT", IND_MIL, MDV, M5, mode="withdraw", location="Maldives", location_country="MDV"),
        event("CONCEDE", INDIA, MDV, M5),
        event("SUPPORT", MUIZZU, CHINA, M6),
        event("AGREE", CHINA, MDV, M6),
        event("SUPPORT", CHN_MFA, MUIZZU, M7, date="2024-04-22"),
        event("AGREE", CHN_MFA, MDV, M7, date="2024-04-22"),
        event("ACCUSE", IND_OFFICIALS, CHINA, M8, mode="disapprove"),
        event("COERCE", MDV_POLICE, MDV_CANDIDATES, M9, mode="arrest", location_country="MDV"),
        event("ACCUSE", TRANSP_MDV, PNC, M10, mode="disapprove"),
    ],
    "quotes": [
        quote("President Mohamed Muizzu's People's National Congress won a landslide in the Maldives' parliamentary "
              "election, giving the pro-China leader a supermajority", "Elections Commission of Maldives", "indirect"),
        quote("the result was a mandate to “protect the sovereignty” of the island nation", "Mohamed Muizzu",
              "indirect"),
        quote("protect the sovereignty", "Mohamed Muizzu", "direct"),
        quote("his party would act as a “responsible opposition” in parliament", "Fayyaz Ismail", "indirect"),
        quote("responsible opposition", "Fayyaz Ismail", "direct"),
        quote("Beijing was ready to deepen cooperation with the Maldives", "Ministry of Foreign Affairs of China",
              "indirect"),
        quote("it would respect the outcome of the vote", "Government of India", "indirect"),
        quote("Police arrested two candidates on the eve of the vote on suspicion of buying votes",
              "Maldives Police Service spokesperson", "indirect"),
        quote("the vote was largely peaceful", "Transparency Maldives", "indirect"),
        quote("misuse of state resources", "Transparency Maldives", "direct"),
        quote("With a two-thirds majority, Muizzu could amend the constitution without opposition support",
              "analysts", "indirect"),
    ],
    "entities": [
        entity("Mohamed Muizzu", "PER", "MDV", ["President Mohamed Muizzu's", "the pro-China leader", "Muizzu"]),
        entity("People's National Congress", "ORG", "MDV", ["People's National Congress", "The party",
                                                            "the ruling party"]),
        entity("Maldives", "GPE", "MDV", ["the Maldives'", "the island nation", "the country", "the Maldives"]),
        entity("Maldivian Democratic Party", "ORG", "MDV",
               ["the main opposition Maldivian Democratic Party", "MDP", "his party"]),
        entity("Fayyaz Ismail", "PER", "MDV", ["MDP chairman Fayyaz Ismail"]),
        entity("Indian Armed Forces", "ORG", "IND", ["Indian military personnel"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("Indian officials", "ORG", "IND", ["Indian officials"]),
        entity("India", "GPE", "IND", ["New Delhi"]),
        entity("Indian Ocean", "LOC", None, ["the Indian Ocean"]),
        entity("Maldives Police Service", "ORG", "MDV", ["Police", "a police spokesman"]),
        entity("parliamentary candidates", "PER", "MDV", ["two candidates"]),
        entity("Transparency Maldives", "ORG", "MDV", ["Transparency Maldives"]),
        entity("Malé", "LOC", "MDV", ["MALE"]),
    ],
}

# ---------------------------------------------------------------------------
# hm206-en-02: UN General Assembly vote on the war's anniversary
# ---------------------------------------------------------------------------
UNGA = actor("United Nations General Assembly", "UNO", "IGO")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
RUSSIA = actor("Russia", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
BLR = actor("Belarus", "BLR", "GOV")
BETSA = actor("Mariana Betsa", "UKR", "GOV")
UN_MEMBERS = actor("UN member states", None, "GOV")
NEBENZIA = actor("Vassily Nebenzia", "RUS", "GOV")
EUROPEANS = actor("European governments", None, "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
PUTIN2 = actor("Vladimir Putin", "RUS", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

U1 = ("UNITED NATIONS (AP) — The U.N. General Assembly on Monday adopted a European-backed resolution demanding "
      "that Russia withdraw its troops from Ukraine, after the United States voted against it alongside Russia, "
      "North Korea and Belarus.")
U2 = "The vote, on the war's third anniversary, was 93-18 with 65 abstentions."
U3 = ("Washington then abstained on its own rival text after European members amended it to include language on "
      "Ukraine's territorial integrity.")
U4 = ("Later, the Security Council approved the original U.S. resolution, which calls for a swift end to the "
      "conflict without assigning blame.")
U5 = "“This resolution is a step toward peace,” acting U.S. ambassador Dorothy Shea told the council, “but only the beginning.”"
U6 = ("Ukraine's Deputy Foreign Minister Mariana Betsa said Kyiv had the right to defend itself and urged members to "
      "“stand on the right side of history.”")
U7 = ("Russia's U.N. ambassador Vassily Nebenzia welcomed the U.S. text as “a step in the right direction” and "
      "accused European governments of prolonging the war.")
U8 = ("The votes exposed a rift between Washington and its European allies as President Donald Trump seeks a "
      "deal with Russian President Vladimir Putin.")
U9 = ("Trump hosted French President Emmanuel Macron at the White House on Monday and said he would meet Putin "
      "“at the appropriate time” to end the war.")
U10 = "Macron urged him not to accept a ceasefire without security guarantees for Kyiv."
U11 = "Moscow has ruled out any deployment of European peacekeepers in Ukraine."

EN02 = {
    "id": "hm206-en-02", "lang": "en", "url": None, "published": "2025-02-24",
    "title": "U.S. sides with Russia as U.N. General Assembly backs Ukraine on war anniversary",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7], [U8, U9, U10, U11]),
    "events": [
        event("REQUEST", UNGA, RUSSIA, U1, mode="yield", date="2025-02-24", location="New York",
              location_country="USA"),
        event("REJECT", USA, UKRAINE, U1, date="2025-02-24"),
        event("REJECT", RUSSIA, UKRAINE, U1, date="2025-02-24"),
        event("REJECT", PRK, UKRAINE, U1, date="2025-02-24"),
        event("REJECT", BLR, UKRAINE, U1, date="2025-02-24"),
        event("SUPPORT", UNSC, USA, U4, date="2025-02-24"),
        event("REQUEST", BETSA, UN_MEMBERS, U6, mode="change"),
        event("SUPPORT", NEBENZIA, USA, U7),
        event("ACCUSE", NEBENZIA, EUROPEANS, U7, mode="allege"),
        event("CONSULT", MACRON, TRUMP, U9, mode="visit", date="2025-02-24", location="Washington",
              location_country="USA"),
        event("AGREE", TRUMP, PUTIN2, U9),
        event("REQUEST", MACRON, TRUMP, U10, mode="change"),
        event("REJECT", RUSSIA, EUROPEANS, U11),
    ],
    "quotes": [
        quote("that Russia withdraw its troops from Ukraine", "United Nations General Assembly", "indirect"),
        quote("This resolution is a step toward peace", "Dorothy Shea", "direct"),
        quote("but only the beginning", "Dorothy Shea", "direct"),
        quote("Kyiv had the right to defend itself", "Mariana Betsa", "indirect"),
        quote("stand on the right side of history", "Mariana Betsa", "direct"),
        quote("a step in the right direction", "Vassily Nebenzia", "direct"),
        quote("at the appropriate time", "Donald Trump", "direct"),
        quote("he would meet Putin “at the appropriate time” to end the war", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("United Nations General Assembly", "ORG", "UNO", ["The U.N. General Assembly"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Russia's", "Moscow"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Ukraine's", "Kyiv"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("North Korea", "GPE", "PRK", ["North Korea"]),
        entity("Belarus", "GPE", "BLR", ["Belarus"]),
        entity("United Nations Security Council", "ORG", "UNO", ["the Security Council", "the council"]),
        entity("Dorothy Shea", "PER", "USA", ["acting U.S. ambassador Dorothy Shea"]),
        entity("Mariana Betsa", "PER", "UKR", ["Ukraine's Deputy Foreign Minister Mariana Betsa"]),
        entity("UN member states", "ORG", None, ["members"]),
        entity("Vassily Nebenzia", "PER", "RUS", ["Russia's U.N. ambassador Vassily Nebenzia"]),
        entity("European governments", "ORG", None, ["European governments", "its European allies"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "him"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin", "Putin"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron", "Macron"]),
        entity("White House", "ORG", "USA", ["the White House"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
