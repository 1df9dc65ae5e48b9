"""Round 448: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, Sub-Saharan Africa, invented wording and details):
- hm448-de-01: Kenya: Chief Justice Martha Koome rebukes President Ruto after he accuses "corrupt judges" of blocking his housing programme and threatens them; the High Court's housing-levy ruling, Muturi's pledge, the LSK's demand and protest threat, Odinga's accusations, Gachagua backs Ruto and denies, the 2017 annulment and Kenyatta's insult recalled (2024-01-04).
- hm448-de-02: Nigeria: the Kano governorship tribunal annuls Abba Kabir Yusuf's election win and awards it to the APC's Nasiru Gawuna; Yusuf rejects the ruling and appeals for calm, Kwankwaso accuses the APC, Ganduje welcomes the verdict, police ban rallies, tear-gas and arrest Yusuf supporters, no curfew (2023-09-21).
- hm448-de-03: Namibia/Germany: Hage Geingob condemns Germany's intervention on Israel's side in South Africa's ICJ genocide case and urges Berlin to reconsider; the 1904-08 genocide, the unsigned joint declaration, Herero chief Katjiua rejects it and backs Geingob, Hebestreit's rejection of the genocide charge (2024-01-14).
- hm448-de-04: Uganda: ADF militants attack the Lhubiriha secondary school in Mpondwe, killing at least 41 and abducting six pupils; the army pursues them into Congo and sends troops to Kasese, police arrest suspects, Museveni and Faki condemn, Janet Museveni pledges help, Red Cross aid (2023-06-18).
- hm448-en-01: South Africa/Russia: Putin will not attend the BRICS summit in Johannesburg "by mutual agreement" and sends Lavrov; the ICC warrant, Ramaphosa's "declaration of war" affidavit in the DA's court case, Steenhuisen attacks the ANC, Peskov announces a video link, the 2015 al-Bashir precedent recalled (2023-07-19).
- hm448-en-02: United States/Uganda: Biden announces the removal of Uganda, Gabon, Niger and the Central African Republic from AGOA over rights abuses and coups; Oryem refuses to repeal the anti-gay law and accuses Washington, CAR denies, World Bank and visa measures, Tai's Johannesburg trip, lawmakers' earlier demand about South Africa (2023-10-31).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm448-de-01 (Kenya, Ruto vs. judiciary)
KOOME = actor("Martha Koome", "KEN", "JUD")
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_JUDGES = actor("Kenyan judges", "KEN", "JUD")
KEN_HIGH_COURT = actor("High Court of Kenya", "KEN", "JUD")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
MUTURI = actor("Justin Muturi", "KEN", "GOV")
KEN_JUDICIARY = actor("Judiciary of Kenya", "KEN", "JUD")
LSK = actor("Law Society of Kenya", "KEN", "NGO")
THEURI = actor("Eric Theuri", "KEN", "NGO")
ODINGA = actor("Raila Odinga", "KEN", "OPP")
GACHAGUA = actor("Rigathi Gachagua", "KEN", "GOV")
KEN_SUPREME = actor("Supreme Court of Kenya", "KEN", "JUD")
KENYATTA = actor("Uhuru Kenyatta", "KEN", "GOV")

K1 = ("Nairobi (dpa) - Im Streit über Urteile gegen Prestigeprojekte der Regierung hat Kenias oberste Richterin "
      "Martha Koome Präsident William Ruto scharf kritisiert.")
K2 = ("Drohungen gegen Richter gefährdeten die Unabhängigkeit der Justiz und damit die verfassungsmäßige Ordnung des "
      "Landes, erklärte Koome am Mittwoch in Nairobi.")
K3 = "„Die Unabhängigkeit der Justiz ist nicht verhandelbar“, fügte die Präsidentin des Obersten Gerichtshofs hinzu."
K4 = ("Ruto hatte am Dienstag bei einer Veranstaltung in Nyahururu einigen Richtern vorgeworfen, sich bestechen zu "
      "lassen und wichtige Vorhaben wie das staatliche Wohnungsbauprogramm gezielt zu blockieren.")
K5 = ("Er kündigte an, gegen „korrupte Richter“ vorzugehen, und sagte, seine Regierung werde sich „Justiz-Tyrannei“ "
      "nicht länger beugen.")
K6 = ("Ende November hatte das Hohe Gericht in Nairobi die neue Wohnungsbauabgabe von 1,5 Prozent auf Bruttolöhne für "
      "verfassungswidrig erklärt.")
K7 = ("Generalstaatsanwalt Justin Muturi versicherte am Mittwoch, die Regierung werde sämtliche Gerichtsentscheidungen "
      "respektieren.")
K8 = ("Die Anwaltskammer Law Society of Kenya (LSK) forderte Ruto auf, seine Äußerungen zurückzunehmen, und drohte mit "
      "landesweiten Protestmärschen.")
K9 = ("LSK-Präsident Eric Theuri sagte, der Präsident untergrabe mit seinen Angriffen das Vertrauen der Bürger in die "
      "Gerichte.")
K10 = "Oppositionsführer Raila Odinga warf Ruto vor, die Justiz unter seine Kontrolle bringen zu wollen."
K11 = "Der Staatschef steuere auf eine „Diktatur durch die Hintertür“ zu, sagte Odinga vor Anhängern in Kisumu."
K12 = "Vizepräsident Rigathi Gachagua stellte sich dagegen hinter Ruto."
K13 = "Er wies den Vorwurf zurück, die Regierung wolle die Gerichte gleichschalten."
K14 = ("Die Verfassung von 2010 gilt als eine der fortschrittlichsten Afrikas und garantiert die Unabhängigkeit der "
       "Justiz.")
K15 = ("Das Oberste Gericht hatte 2017 die Wiederwahl des damaligen Präsidenten Uhuru Kenyatta wegen "
       "Unregelmäßigkeiten annulliert.")
K16 = "Kenyatta beschimpfte die Richter daraufhin als „Gauner“."

DE01 = {
    "id": "hm448-de-01", "lang": "de", "url": None, "published": "2024-01-04",
    "title": "Kenias oberste Richterin weist Rutos Angriffe auf die Justiz zurück",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10, K11], [K12, K13], [K14, K15, K16]),
    "events": [
        event("ACCUSE", KOOME, RUTO, K1, mode="disapprove"),
        event("ACCUSE", KOOME, RUTO, K2, mode="disapprove", date="2024-01-03", location="Nairobi",
              location_country="KEN"),
        event("ACCUSE", RUTO, KEN_JUDGES, K4, mode="allege", date="2024-01-02", location="Nyahururu",
              location_country="KEN"),
        event("THREATEN", RUTO, KEN_JUDGES, K5),
        event("SANCTION", KEN_HIGH_COURT, KEN_GOV, K6, mode="convict", location="Nairobi", location_country="KEN"),
        event("AGREE", MUTURI, KEN_JUDICIARY, K7, date="2024-01-03"),
        event("REQUEST", LSK, RUTO, K8),
        event("THREATEN", LSK, RUTO, K8),
        event("ACCUSE", THEURI, RUTO, K9, mode="disapprove"),
        event("ACCUSE", ODINGA, RUTO, K10, mode="allege"),
        event("ACCUSE", ODINGA, RUTO, K11, mode="disapprove", location="Kisumu", location_country="KEN"),
        event("SUPPORT", GACHAGUA, RUTO, K12),
        event("SANCTION", KEN_SUPREME, KENYATTA, K15, mode="convict"),
        event("ACCUSE", KENYATTA, KEN_SUPREME, K16, mode="disapprove"),
    ],
    "quotes": [
        quote("Drohungen gegen Richter gefährdeten die Unabhängigkeit der Justiz und damit die verfassungsmäßige "
              "Ordnung des Landes", "Martha Koome", "indirect"),
        quote("Die Unabhängigkeit der Justiz ist nicht verhandelbar", "Martha Koome", "direct"),
        quote("sich bestechen zu lassen und wichtige Vorhaben wie das staatliche Wohnungsbauprogramm gezielt zu "
              "blockieren", "William Ruto", "indirect"),
        quote("korrupte Richter", "William Ruto", "direct"),
        quote("Justiz-Tyrannei", "William Ruto", "direct"),
        quote("seine Regierung werde sich „Justiz-Tyrannei“ nicht länger beugen", "William Ruto", "indirect"),
        quote("die Regierung werde sämtliche Gerichtsentscheidungen respektieren", "Justin Muturi", "indirect"),
        quote("der Präsident untergrabe mit seinen Angriffen das Vertrauen der Bürger in die Gerichte", "Eric Theuri",
              "indirect"),
        quote("die Justiz unter seine Kontrolle bringen zu wollen", "Raila Odinga", "indirect"),
        quote("Diktatur durch die Hintertür", "Raila Odinga", "direct"),
        quote("Der Staatschef steuere auf eine „Diktatur durch die Hintertür“ zu", "Raila Odinga", "indirect"),
        quote("Gauner", "Uhuru Kenyatta", "direct"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Government of Kenya", "ORG", "KEN", ["der Regierung", "seine Regierung", "die Regierung"]),
        entity("Kenya", "LOC", "KEN", ["Kenias", "des Landes"]),
        entity("Martha Koome", "PER", "KEN", ["Kenias oberste Richterin Martha Koome", "Koome",
                                              "die Präsidentin des Obersten Gerichtshofs"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto", "Ruto", "Er", "der Präsident",
                                              "Der Staatschef"]),
        entity("Kenyan judges", "PER", "KEN", ["Richter", "einigen Richtern", "korrupte Richter"]),
        entity("Judiciary of Kenya", "ORG", "KEN", ["der Justiz", "die Justiz", "die Gerichte"]),
        entity("Supreme Court of Kenya", "ORG", "KEN", ["des Obersten Gerichtshofs", "Das Oberste Gericht",
                                                        "die Richter"]),
        entity("Nyahururu", "LOC", "KEN", ["Nyahururu"]),
        entity("Affordable Housing Programme", "MISC", "KEN", ["das staatliche Wohnungsbauprogramm"]),
        entity("High Court of Kenya", "ORG", "KEN", ["das Hohe Gericht in Nairobi"]),
        entity("Housing levy", "MISC", "KEN", ["die neue Wohnungsbauabgabe"]),
        entity("Justin Muturi", "PER", "KEN", ["Generalstaatsanwalt Justin Muturi"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["Die Anwaltskammer Law Society of Kenya (LSK)", "LSK"]),
        entity("Eric Theuri", "PER", "KEN", ["LSK-Präsident Eric Theuri"]),
        entity("Raila Odinga", "PER", "KEN", ["Oppositionsführer Raila Odinga", "Odinga"]),
        entity("supporters of Raila Odinga", "PER", "KEN", ["Anhängern"]),
        entity("Kisumu", "LOC", "KEN", ["Kisumu"]),
        entity("Rigathi Gachagua", "PER", "KEN", ["Vizepräsident Rigathi Gachagua", "Er"]),
        entity("Constitution of Kenya", "MISC", "KEN", ["Die Verfassung von 2010"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
        entity("Uhuru Kenyatta", "PER", "KEN", ["des damaligen Präsidenten Uhuru Kenyatta", "Kenyatta"]),
    ],
}

# ---------------------------------------------------------------- hm448-de-02 (Nigeria, Kano tribunal ruling)
KANO_TRIBUNAL = actor("Kano State Governorship Election Petition Tribunal", "NGA", "JUD")
YUSUF = actor("Abba Kabir Yusuf", "NGA", "GOV")
YUSUF_SUPPORTERS = actor("supporters of Abba Kabir Yusuf", "NGA", "CVL")
KWANKWASO = actor("Rabiu Musa Kwankwaso", "NGA", "OPP")
APC = actor("All Progressives Congress", "NGA", "PTY")
GANDUJE = actor("Abdullahi Umar Ganduje", "NGA", "PTY")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
KIYAWA = actor("Abdullahi Haruna Kiyawa", "NGA", "COP")
KANO_GOV = actor("Government of Kano State", "NGA", "GOV")

N1 = ("Abuja (dpa) - Ein Wahlgericht im Norden Nigerias hat den Sieg von Gouverneur Abba Kabir Yusuf bei der "
      "Gouverneurswahl im Bundesstaat Kano für ungültig erklärt.")
N2 = ("Die Richter erklärten am Mittwoch mehr als 165.000 Stimmen für Yusuf wegen fehlender Unterschriften und "
      "Stempel für ungültig und sprachen den Sieg dem Kandidaten der Regierungspartei APC, Nasiru Yusuf Gawuna, zu.")
N3 = ("Yusuf hatte die Wahl im März nach Angaben der Wahlkommission INEC mit fast 130.000 Stimmen Vorsprung "
      "gewonnen.")
N4 = "Der Gouverneur von der oppositionellen Partei NNPP wies das Urteil zurück und kündigte Berufung an."
N5 = ("„Wir haben diese Wahl gewonnen, und wir werden sie vor Gericht zurückholen“, sagte er in einer "
      "Fernsehansprache.")
N6 = "Zugleich rief er seine Anhänger auf, Ruhe zu bewahren."
N7 = ("NNPP-Führer Rabiu Musa Kwankwaso sprach von einem „Justizirrtum“ und warf der APC vor, sich den Wahlsieg über "
      "die Gerichte erschleichen zu wollen.")
N8 = ("Der nationale APC-Vorsitzende Abdullahi Ganduje, Yusufs Vorgänger im Amt, begrüßte die Entscheidung als Sieg "
      "der Demokratie.")
N9 = ("Die Polizei hatte bereits vor der Urteilsverkündung alle Kundgebungen in Kano verboten und Kontrollposten an "
      "den Zufahrtsstraßen errichtet.")
N10 = ("Trotz des Verbots zogen am Mittwochabend Hunderte Anhänger Yusufs durch mehrere Viertel der Stadt und "
       "verbrannten Autoreifen.")
N11 = "Die Polizei setzte Tränengas ein."
N12 = "Nach Angaben von Polizeisprecher Abdullahi Haruna Kiyawa wurden 18 Menschen festgenommen."
N13 = "Kiyawa warnte, wer die öffentliche Ordnung störe, werde strafrechtlich verfolgt."
N14 = "Eine Ausgangssperre verhängten die Behörden zunächst nicht."
N15 = "Yusuf bleibt bis zu einer Entscheidung der höheren Instanzen im Amt."
N16 = "Kano ist der bevölkerungsreichste Bundesstaat im Norden Nigerias und gilt politisch als hart umkämpft."

DE02 = {
    "id": "hm448-de-02", "lang": "de", "url": None, "published": "2023-09-21",
    "title": "Wahlgericht in Nigeria erklärt Sieg von Kanos Gouverneur für ungültig",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7, N8], [N9, N10, N11, N12, N13, N14], [N15, N16]),
    "events": [
        event("SANCTION", KANO_TRIBUNAL, YUSUF, N1, mode="convict", location_country="NGA"),
        event("SANCTION", KANO_TRIBUNAL, YUSUF, N2, mode="convict", date="2023-09-20"),
        event("REJECT", YUSUF, KANO_TRIBUNAL, N4),
        event("REQUEST", YUSUF, YUSUF_SUPPORTERS, N6),
        event("ACCUSE", KWANKWASO, KANO_TRIBUNAL, N7, mode="disapprove"),
        event("ACCUSE", KWANKWASO, APC, N7, mode="allege"),
        event("SUPPORT", GANDUJE, KANO_TRIBUNAL, N8),
        event("COERCE", NGA_POLICE, None, N9, mode="ban", location="Kano", location_country="NGA"),
        event("MOBILIZE", NGA_POLICE, None, N9, mode="police", location="Kano", location_country="NGA"),
        event("PROTEST", YUSUF_SUPPORTERS, KANO_TRIBUNAL, N10, mode="demo", date="2023-09-20", location="Kano",
              location_country="NGA"),
        event("COERCE", NGA_POLICE, YUSUF_SUPPORTERS, N11, mode="crowd-control"),
        event("COERCE", NGA_POLICE, YUSUF_SUPPORTERS, N12, mode="arrest"),
        event("THREATEN", KIYAWA, YUSUF_SUPPORTERS, N13, mode="arrest"),
        event("COERCE", KANO_GOV, None, N14, mode="curfew", negated=True),
    ],
    "quotes": [
        quote("Yusuf hatte die Wahl im März nach Angaben der Wahlkommission INEC mit fast 130.000 Stimmen Vorsprung "
              "gewonnen", "Independent National Electoral Commission", "indirect"),
        quote("Wir haben diese Wahl gewonnen, und wir werden sie vor Gericht zurückholen", "Abba Kabir Yusuf",
              "direct"),
        quote("Justizirrtum", "Rabiu Musa Kwankwaso", "direct"),
        quote("sich den Wahlsieg über die Gerichte erschleichen zu wollen", "Rabiu Musa Kwankwaso", "indirect"),
        quote("Nach Angaben von Polizeisprecher Abdullahi Haruna Kiyawa wurden 18 Menschen festgenommen",
              "Abdullahi Haruna Kiyawa", "indirect"),
        quote("wer die öffentliche Ordnung störe, werde strafrechtlich verfolgt", "Abdullahi Haruna Kiyawa",
              "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Kano State Governorship Election Petition Tribunal", "ORG", "NGA",
               ["Ein Wahlgericht im Norden Nigerias", "Die Richter"]),
        entity("Northern Nigeria", "LOC", "NGA", ["im Norden Nigerias"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias"]),
        entity("Abba Kabir Yusuf", "PER", "NGA", ["Gouverneur Abba Kabir Yusuf", "Yusuf",
                                                  "Der Gouverneur von der oppositionellen Partei NNPP", "er",
                                                  "Yusufs"]),
        entity("Kano State", "LOC", "NGA", ["im Bundesstaat Kano", "Kano"]),
        entity("Kano", "LOC", "NGA", ["Kano", "der Stadt"]),
        entity("All Progressives Congress", "ORG", "NGA", ["der Regierungspartei APC", "der APC"]),
        entity("Nasiru Yusuf Gawuna", "PER", "NGA", ["dem Kandidaten der Regierungspartei APC, Nasiru Yusuf "
                                                     "Gawuna"]),
        entity("Independent National Electoral Commission", "ORG", "NGA", ["der Wahlkommission INEC"]),
        entity("New Nigeria Peoples Party", "ORG", "NGA", ["der oppositionellen Partei NNPP", "NNPP"]),
        entity("supporters of Abba Kabir Yusuf", "PER", "NGA", ["seine Anhänger", "Hunderte Anhänger Yusufs",
                                                                "18 Menschen"]),
        entity("Rabiu Musa Kwankwaso", "PER", "NGA", ["NNPP-Führer Rabiu Musa Kwankwaso"]),
        entity("Judiciary of Nigeria", "ORG", "NGA", ["die Gerichte"]),
        entity("Abdullahi Umar Ganduje", "PER", "NGA", ["Der nationale APC-Vorsitzende Abdullahi Ganduje, Yusufs "
                                                        "Vorgänger im Amt"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Die Polizei"]),
        entity("Abdullahi Haruna Kiyawa", "PER", "NGA", ["Polizeisprecher Abdullahi Haruna Kiyawa", "Kiyawa"]),
        entity("Government of Kano State", "ORG", "NGA", ["die Behörden"]),
        entity("Court of Appeal of Nigeria", "ORG", "NGA", ["der höheren Instanzen"]),
    ],
}

# ---------------------------------------------------------------- hm448-de-03 (Namibia/Germany, ICJ intervention)
GEINGOB = actor("Hage Geingob", "NAM", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
NAM_PRESIDENCY = actor("Office of the President of Namibia", "NAM", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
NAM_GOV = actor("Government of Namibia", "NAM", "GOV")
KATJIUA = actor("Mutjinde Katjiua", "NAM", "CVL")
ZAF_GOV_D = actor("Government of South Africa", "ZAF", "GOV")

D1 = ("Windhoek (dpa) - Namibias Präsident Hage Geingob hat die Bundesregierung wegen ihrer Unterstützung Israels im "
      "Völkermordverfahren vor dem Internationalen Gerichtshof (IGH) scharf kritisiert.")
D2 = ("Namibia verurteile die Entscheidung Deutschlands, in dem von Südafrika angestrengten Verfahren als Drittpartei "
      "an der Seite Israels aufzutreten, hieß es in einer am Samstag verbreiteten Erklärung des Präsidialamts.")
D3 = ("Deutschland könne sich nicht zur Völkermordkonvention der Vereinten Nationen bekennen und zugleich das "
      "Äquivalent eines Holocausts und Völkermords in Gaza unterstützen, schrieb Geingob.")
D4 = "Er forderte die Bundesregierung auf, ihre „unzeitgemäße Entscheidung“ zu überdenken."
D5 = "Im damaligen Deutsch-Südwestafrika waren zwischen 1904 und 1908 Zehntausende Herero und Nama getötet worden."
D6 = ("Deutschland hat die Verbrechen 2021 als Völkermord anerkannt und Namibia Projekthilfen von 1,1 Milliarden Euro "
      "über 30 Jahre zugesagt.")
D7 = "Die dazu ausgehandelte Gemeinsame Erklärung haben beide Regierungen aber bis heute nicht unterzeichnet."
D8 = ("Der Herero-Oberhäuptling Mutjinde Katjiua lehnt das Abkommen ab, weil die Nachfahren der Opfer nicht direkt an "
      "den Verhandlungen beteiligt waren.")
D9 = ("Katjiua stellte sich am Samstagabend hinter Geingob und forderte Berlin auf, „zuerst die eigene Geschichte "
      "aufzuarbeiten“.")
D10 = ("Die Bundesregierung hatte am Freitag angekündigt, in dem Verfahren in Den Haag als Drittpartei zugunsten "
       "Israels zu intervenieren.")
D11 = ("Regierungssprecher Steffen Hebestreit sagte, Berlin weise den Vorwurf des Völkermords gegen Israel „entschieden "
       "und ausdrücklich“ zurück.")
D12 = "Südafrika wirft Israel vor, im Gazastreifen gegen die Völkermordkonvention zu verstoßen."
D13 = "Israel weist die Vorwürfe zurück."
D14 = "Die Anhörungen vor dem IGH hatten am Donnerstag und Freitag stattgefunden."
D15 = "Eine Stellungnahme des Auswärtigen Amts zu der Kritik aus Windhoek lag zunächst nicht vor."

DE03 = {
    "id": "hm448-de-03", "lang": "de", "url": None, "published": "2024-01-14",
    "title": "Namibia kritisiert Deutschlands Unterstützung für Israel vor dem IGH",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8, D9], [D10, D11, D12, D13], [D14, D15]),
    "events": [
        event("ACCUSE", GEINGOB, DEU_GOV, D1, mode="disapprove"),
        event("ACCUSE", NAM_PRESIDENCY, DEU_GOV, D2, mode="disapprove", date="2024-01-13"),
        event("ACCUSE", GEINGOB, DEU_GOV, D3, mode="disapprove"),
        event("ACCUSE", GEINGOB, ISR_GOV, D3, mode="allege"),
        event("REQUEST", GEINGOB, DEU_GOV, D4, mode="change"),
        event("CONCEDE", DEU_GOV, NAM_GOV, D6),
        event("AGREE", DEU_GOV, NAM_GOV, D6),
        event("SUPPORT", DEU_GOV, NAM_GOV, D7, negated=True),
        event("SUPPORT", NAM_GOV, DEU_GOV, D7, negated=True),
        event("REJECT", KATJIUA, DEU_GOV, D8),
        event("REJECT", KATJIUA, NAM_GOV, D8),
        event("SUPPORT", KATJIUA, GEINGOB, D9, date="2024-01-13"),
        event("REQUEST", KATJIUA, DEU_GOV, D9, mode="change", date="2024-01-13"),
        event("SUPPORT", DEU_GOV, ISR_GOV, D10, date="2024-01-12"),
        event("ACCUSE", ZAF_GOV_D, ISR_GOV, D12, mode="allege"),
    ],
    "quotes": [
        quote("Namibia verurteile die Entscheidung Deutschlands, in dem von Südafrika angestrengten Verfahren als "
              "Drittpartei an der Seite Israels aufzutreten", "Office of the President of Namibia", "indirect"),
        quote("Deutschland könne sich nicht zur Völkermordkonvention der Vereinten Nationen bekennen und zugleich das "
              "Äquivalent eines Holocausts und Völkermords in Gaza unterstützen", "Hage Geingob", "indirect"),
        quote("unzeitgemäße Entscheidung", "Hage Geingob", "direct"),
        quote("zuerst die eigene Geschichte aufzuarbeiten", "Mutjinde Katjiua", "direct"),
        quote("entschieden und ausdrücklich", "Steffen Hebestreit", "direct"),
        quote("Berlin weise den Vorwurf des Völkermords gegen Israel „entschieden und ausdrücklich“ zurück",
              "Steffen Hebestreit", "indirect"),
        quote("im Gazastreifen gegen die Völkermordkonvention zu verstoßen", "Government of South Africa",
              "indirect"),
    ],
    "entities": [
        entity("Windhoek", "LOC", "NAM", ["Windhoek"]),
        entity("Namibia", "LOC", "NAM", ["Namibias", "Namibia"]),
        entity("Government of Namibia", "ORG", "NAM", ["Namibia", "beide Regierungen", "Windhoek"]),
        entity("Hage Geingob", "PER", "NAM", ["Namibias Präsident Hage Geingob", "Geingob", "Er"]),
        entity("Government of Germany", "ORG", "DEU", ["die Bundesregierung", "Deutschlands", "Deutschland",
                                                       "Berlin", "Die Bundesregierung", "beide Regierungen"]),
        entity("Government of Israel", "ORG", "ISR", ["Israels", "Israel"]),
        entity("International Court of Justice", "ORG", "UNO", ["dem Internationalen Gerichtshof (IGH)",
                                                                "dem IGH"]),
        entity("Government of South Africa", "ORG", "ZAF", ["Südafrika"]),
        entity("Office of the President of Namibia", "ORG", "NAM", ["des Präsidialamts"]),
        entity("Genocide Convention", "MISC", None, ["Völkermordkonvention der Vereinten Nationen",
                                                     "die Völkermordkonvention"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Gaza", "LOC", "PSE", ["Gaza", "im Gazastreifen"]),
        entity("German South West Africa", "LOC", "NAM", ["Im damaligen Deutsch-Südwestafrika"]),
        entity("Herero", "MISC", "NAM", ["Herero"]),
        entity("Nama", "MISC", "NAM", ["Nama"]),
        entity("Joint Declaration of Germany and Namibia", "MISC", None,
               ["Die dazu ausgehandelte Gemeinsame Erklärung", "das Abkommen"]),
        entity("Mutjinde Katjiua", "PER", "NAM", ["Der Herero-Oberhäuptling Mutjinde Katjiua", "Katjiua"]),
        entity("descendants of the genocide victims", "PER", "NAM", ["die Nachfahren der Opfer"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Steffen Hebestreit", "PER", "DEU", ["Regierungssprecher Steffen Hebestreit"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["des Auswärtigen Amts"]),
    ],
}

# ---------------------------------------------------------------- hm448-de-04 (Uganda, ADF school attack)
ADF = actor("Allied Democratic Forces", "UGA", "REB")
STUDENTS = actor("students of Lhubiriha Secondary School", "UGA", "EDU")
UPDF = actor("Uganda People's Defence Force", "UGA", "MIL")
KULAYIGYE = actor("Felix Kulayigye", "UGA", "MIL")
UG_POLICE = actor("Uganda Police Force", "UGA", "COP")
ADF_SUSPECTS = actor("suspected ADF collaborators", "UGA", "CVL")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
JANET = actor("Janet Museveni", "UGA", "GOV")
VICTIM_FAMILIES = actor("families of the Mpondwe attack victims", "UGA", "CVL")
URCS = actor("Uganda Red Cross Society", "UGA", "NGO")
INJURED = actor("injured of the Mpondwe attack", "UGA", "CVL")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")

U1 = ("Kampala (dpa) - Bei einem Angriff von Rebellen auf eine Schule im Westen Ugandas sind mindestens 41 Menschen "
      "getötet worden, die meisten von ihnen Schüler.")
U2 = ("Kämpfer der Miliz Allied Democratic Forces (ADF) überfielen in der Nacht zum Samstag die Lhubiriha-Oberschule "
      "in Mpondwe nahe der Grenze zum Kongo, wie die Polizei mitteilte.")
U3 = "Die Angreifer zündeten einen Schlafsaal an und töteten Schüler mit Macheten."
U4 = ("Nach Angaben der Polizei verschleppten sie außerdem sechs Schüler in Richtung des Virunga-Nationalparks auf "
      "kongolesischer Seite.")
U5 = "Armeesprecher Felix Kulayigye sagte, Soldaten verfolgten die Täter bis in den Kongo."
U6 = "„Wir werden sie jagen, bis wir die Kinder befreit haben“, sagte Kulayigye."
U7 = "Die Armee verlegte zusätzliche Truppen in den Bezirk Kasese."
U8 = "Die Polizei nahm nach eigenen Angaben mehrere Verdächtige fest, die den Angreifern geholfen haben sollen."
U9 = "Präsident Yoweri Museveni verurteilte den Angriff als „feige und verzweifelt“."
U10 = ("Bildungsministerin Janet Museveni, die Ehefrau des Präsidenten, sagte den Familien der Opfer Unterstützung bei "
       "den Beerdigungen zu.")
U11 = "Das Ugandische Rote Kreuz brachte acht Verletzte in das Krankenhaus von Bwera."
U12 = ("Der Vorsitzende der Kommission der Afrikanischen Union, Moussa Faki Mahamat, verurteilte die Tat und forderte "
       "ein entschlossenes gemeinsames Vorgehen gegen den Terrorismus in der Region.")
U13 = "Zu dem Angriff bekannte sich zunächst niemand."
U14 = ("Die ADF war in den 1990er Jahren in Uganda entstanden und operiert seit Jahren aus dem Osten des Kongos "
       "heraus.")
U15 = "Seit Ende 2021 gehen ugandische und kongolesische Truppen dort gemeinsam gegen die Miliz vor."
U16 = "Es war der schwerste Angriff auf eine Schule in Uganda seit 1998."

DE04 = {
    "id": "hm448-de-04", "lang": "de", "url": None, "published": "2023-06-18",
    "title": "Dutzende Tote bei Angriff auf Schule in Uganda",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7, U8], [U9, U10, U11, U12], [U13, U14, U15, U16]),
    "events": [
        event("ASSAULT", ADF, STUDENTS, U1, location_country="UGA"),
        event("ASSAULT", ADF, STUDENTS, U2, date="2023-06-16", location="Mpondwe", location_country="UGA"),
        event("ASSAULT", ADF, STUDENTS, U3, mode="primitive"),
        event("ASSAULT", ADF, STUDENTS, U4, mode="abduct"),
        event("MOBILIZE", UPDF, None, U5, mode="troops", location_country="COD"),
        event("THREATEN", KULAYIGYE, ADF, U6, mode="violence"),
        event("MOBILIZE", UPDF, None, U7, mode="troops", location="Kasese", location_country="UGA"),
        event("COERCE", UG_POLICE, ADF_SUSPECTS, U8, mode="arrest"),
        event("ACCUSE", MUSEVENI, ADF, U9, mode="disapprove"),
        event("AGREE", JANET, VICTIM_FAMILIES, U10),
        event("AID", URCS, INJURED, U11, location="Bwera", location_country="UGA"),
        event("ACCUSE", FAKI, ADF, U12, mode="disapprove"),
        event("REQUEST", FAKI, None, U12),
    ],
    "quotes": [
        quote("Kämpfer der Miliz Allied Democratic Forces (ADF) überfielen in der Nacht zum Samstag die "
              "Lhubiriha-Oberschule in Mpondwe nahe der Grenze zum Kongo", "Uganda Police Force", "indirect"),
        quote("Nach Angaben der Polizei verschleppten sie außerdem sechs Schüler in Richtung des "
              "Virunga-Nationalparks auf kongolesischer Seite", "Uganda Police Force", "indirect"),
        quote("Soldaten verfolgten die Täter bis in den Kongo", "Felix Kulayigye", "indirect"),
        quote("Wir werden sie jagen, bis wir die Kinder befreit haben", "Felix Kulayigye", "direct"),
        quote("Die Polizei nahm nach eigenen Angaben mehrere Verdächtige fest, die den Angreifern geholfen haben "
              "sollen", "Uganda Police Force", "indirect"),
        quote("feige und verzweifelt", "Yoweri Museveni", "direct"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Allied Democratic Forces", "ORG", "UGA",
               ["Rebellen", "der Miliz Allied Democratic Forces (ADF)", "Die Angreifer", "sie", "die Täter",
                "den Angreifern", "Die ADF", "die Miliz"]),
        entity("Lhubiriha Secondary School", "ORG", "UGA", ["eine Schule", "die Lhubiriha-Oberschule in Mpondwe"]),
        entity("Western Uganda", "LOC", "UGA", ["im Westen Ugandas"]),
        entity("Uganda", "LOC", "UGA", ["Ugandas", "Uganda"]),
        entity("students of Lhubiriha Secondary School", "PER", "UGA", ["Schüler", "sechs Schüler", "die Kinder"]),
        entity("Mpondwe", "LOC", "UGA", ["Mpondwe"]),
        entity("Democratic Republic of the Congo", "LOC", "COD",
               ["zum Kongo", "auf kongolesischer Seite", "in den Kongo", "des Kongos"]),
        entity("Virunga National Park", "LOC", "COD", ["des Virunga-Nationalparks"]),
        entity("Uganda Police Force", "ORG", "UGA", ["die Polizei", "der Polizei", "Die Polizei"]),
        entity("Felix Kulayigye", "PER", "UGA", ["Armeesprecher Felix Kulayigye", "Kulayigye"]),
        entity("Uganda People's Defence Force", "ORG", "UGA", ["Soldaten", "Die Armee", "zusätzliche Truppen",
                                                               "ugandische"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["kongolesische Truppen"]),
        entity("Kasese District", "LOC", "UGA", ["den Bezirk Kasese"]),
        entity("suspected ADF collaborators", "PER", "UGA", ["mehrere Verdächtige"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni", "des Präsidenten"]),
        entity("Janet Museveni", "PER", "UGA", ["Bildungsministerin Janet Museveni, die Ehefrau des Präsidenten"]),
        entity("families of the Mpondwe attack victims", "PER", "UGA", ["den Familien der Opfer"]),
        entity("Uganda Red Cross Society", "ORG", "UGA", ["Das Ugandische Rote Kreuz"]),
        entity("injured of the Mpondwe attack", "PER", "UGA", ["acht Verletzte"]),
        entity("Bwera Hospital", "LOC", "UGA", ["das Krankenhaus von Bwera"]),
        entity("Moussa Faki Mahamat", "PER", "TCD",
               ["Der Vorsitzende der Kommission der Afrikanischen Union, Moussa Faki Mahamat"]),
        entity("African Union Commission", "ORG", "IGO", ["der Kommission der Afrikanischen Union"]),
        entity("Great Lakes region", "LOC", None, ["in der Region"]),
        entity("Eastern Democratic Republic of the Congo", "LOC", "COD", ["dem Osten des Kongos"]),
    ],
}

# ---------------------------------------------------------------- hm448-en-01 (South Africa, Putin skips BRICS summit)
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
LAVROV = actor("Sergey Lavrov", "RUS", "GOV")
ICC = actor("International Criminal Court", "IGO", "JUD")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
DA = actor("Democratic Alliance", "ZAF", "OPP")
STEENHUISEN = actor("John Steenhuisen", "ZAF", "OPP")
ANC = actor("African National Congress", "ZAF", "PTY")
ZELENSKYY = actor("Volodymyr Zelenskyy", "UKR", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
BASHIR = actor("Omar al-Bashir", "SDN", "GOV")
AU = actor("African Union", "IGO", "IGO")
ZAF_SCA = actor("Supreme Court of Appeal of South Africa", "ZAF", "JUD")

E1 = ("JOHANNESBURG (AP) — Russian President Vladimir Putin will not attend next month's summit of the BRICS group "
      "of emerging economies in South Africa, the South African presidency said Wednesday.")
E2 = ("\"By mutual agreement, President Vladimir Putin of the Russian Federation will not attend the summit,\" "
      "presidential spokesman Vincent Magwenya said in a statement.")
E3 = "Russia will instead be represented by Foreign Minister Sergey Lavrov, he said."
E4 = ("The announcement ends months of diplomatic uncertainty over an arrest warrant for Putin issued in March by the "
      "International Criminal Court.")
E5 = "The court accuses him of the unlawful deportation of children from occupied parts of Ukraine."
E6 = ("As a member of the court, South Africa would have been obliged to arrest Putin if he set foot in the "
      "country.")
E7 = ("President Cyril Ramaphosa said in court papers made public Tuesday that Moscow had warned that arresting Putin "
      "would be \"a declaration of war\" and that South Africa could not risk such a conflict.")
E8 = ("The papers were filed in a case brought by the main opposition Democratic Alliance, which wants a court to "
      "compel the government to arrest Putin if he enters South Africa.")
E9 = ("DA leader John Steenhuisen claimed victory on Wednesday and accused the governing African National Congress of "
      "shielding \"a wanted war criminal.\"")
E10 = "In Moscow, Kremlin spokesman Dmitry Peskov said Putin would take part in the summit by video link."
E11 = ("South Africa, which has abstained in U.N. votes on the war in Ukraine, says it is neutral in the "
       "conflict.")
E12 = ("Ramaphosa led an African peace mission to Kyiv and St. Petersburg last month and met both Putin and Ukrainian "
       "President Volodymyr Zelenskyy.")
E13 = "The United States and the European Union had urged Pretoria to honor its obligations to the court."
E14 = ("In 2015, the government did not arrest then-Sudanese President Omar al-Bashir, who was also wanted by the ICC, "
       "when he attended an African Union summit in Johannesburg.")
E15 = "The Supreme Court of Appeal later ruled that the failure to detain him was unlawful."
E16 = ("The summit, to be held Aug. 22-24 in Johannesburg, is expected to discuss the expansion of the bloc, which "
       "also includes Brazil, India and China.")

EN01 = {
    "id": "hm448-en-01", "lang": "en", "url": None, "published": "2023-07-19",
    "title": "Putin will not attend BRICS summit in South Africa 'by mutual agreement'",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10], [E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("CONSULT", PUTIN, ZAF_GOV, E1, mode="visit", location_country="ZAF", negated=True),
        event("CONSULT", PUTIN, ZAF_GOV, E2, mode="visit", negated=True),
        event("AGREE", PUTIN, RAMAPHOSA, E2),
        event("AGREE", LAVROV, ZAF_GOV, E3),
        event("THREATEN", ICC, PUTIN, E4, mode="arrest"),
        event("ACCUSE", ICC, PUTIN, E5, mode="allege"),
        event("THREATEN", RUS_GOV, ZAF_GOV, E7),
        event("ACCUSE", DA, ZAF_GOV, E8, mode="allege"),
        event("ACCUSE", STEENHUISEN, ANC, E9, mode="disapprove", date="2023-07-19"),
        event("AGREE", PUTIN, ZAF_GOV, E10),
        event("CONSULT", RAMAPHOSA, ZELENSKYY, E12, mode="visit", location="Kyiv", location_country="UKR"),
        event("CONSULT", RAMAPHOSA, PUTIN, E12, mode="visit", location="St. Petersburg", location_country="RUS"),
        event("REQUEST", USA_GOV, ZAF_GOV, E13),
        event("REQUEST", EU, ZAF_GOV, E13),
        event("COERCE", ZAF_GOV, BASHIR, E14, mode="arrest", location="Johannesburg", location_country="ZAF",
              negated=True),
        event("CONSULT", BASHIR, AU, E14, mode="multilateral", location="Johannesburg", location_country="ZAF"),
        event("SANCTION", ZAF_SCA, ZAF_GOV, E15, mode="convict"),
    ],
    "quotes": [
        quote("Russian President Vladimir Putin will not attend next month's summit of the BRICS group of emerging "
              "economies in South Africa", "Presidency of South Africa", "indirect"),
        quote("By mutual agreement, President Vladimir Putin of the Russian Federation will not attend the summit",
              "Vincent Magwenya", "direct"),
        quote("Russia will instead be represented by Foreign Minister Sergey Lavrov", "Vincent Magwenya", "indirect"),
        quote("a declaration of war", "Cyril Ramaphosa", "direct"),
        quote("Moscow had warned that arresting Putin would be \"a declaration of war\" and that South Africa could "
              "not risk such a conflict", "Cyril Ramaphosa", "indirect"),
        quote("a wanted war criminal", "John Steenhuisen", "direct"),
        quote("Putin would take part in the summit by video link", "Dmitry Peskov", "indirect"),
        quote("it is neutral in the conflict", "Government of South Africa", "indirect"),
    ],
    "entities": [
        entity("Johannesburg", "LOC", "ZAF", ["JOHANNESBURG", "Johannesburg"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin",
                                                "President Vladimir Putin of the Russian Federation", "Putin", "him",
                                                "he"]),
        entity("BRICS", "ORG", "IGO", ["the BRICS group of emerging economies", "the bloc"]),
        entity("BRICS summit 2023", "MISC", "ZAF", ["next month's summit of the BRICS group of emerging economies",
                                                    "the summit", "The summit"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa", "the country"]),
        entity("Presidency of South Africa", "ORG", "ZAF", ["the South African presidency"]),
        entity("Russia", "LOC", "RUS", ["the Russian Federation"]),
        entity("Vincent Magwenya", "PER", "ZAF", ["presidential spokesman Vincent Magwenya", "he"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia", "Moscow"]),
        entity("Sergey Lavrov", "PER", "RUS", ["Foreign Minister Sergey Lavrov"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court", "The court",
                                                              "the court", "the ICC"]),
        entity("Ukrainian children", "PER", "UKR", ["children from occupied parts of Ukraine"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["President Cyril Ramaphosa", "Ramaphosa"]),
        entity("Government of South Africa", "ORG", "ZAF", ["the government", "South Africa", "Pretoria"]),
        entity("South African court", "ORG", "ZAF", ["a court"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["the main opposition Democratic Alliance", "DA"]),
        entity("John Steenhuisen", "PER", "ZAF", ["DA leader John Steenhuisen"]),
        entity("African National Congress", "ORG", "ZAF", ["the governing African National Congress"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("African peace mission", "MISC", None, ["an African peace mission"]),
        entity("Kyiv", "LOC", "UKR", ["Kyiv"]),
        entity("St. Petersburg", "LOC", "RUS", ["St. Petersburg"]),
        entity("Volodymyr Zelenskyy", "PER", "UKR", ["Ukrainian President Volodymyr Zelenskyy"]),
        entity("Government of the United States", "ORG", "USA", ["The United States"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Omar al-Bashir", "PER", "SDN", ["then-Sudanese President Omar al-Bashir", "he", "him"]),
        entity("African Union", "ORG", "IGO", ["African Union"]),
        entity("African Union summit 2015", "MISC", "ZAF", ["an African Union summit in Johannesburg"]),
        entity("Supreme Court of Appeal of South Africa", "ORG", "ZAF", ["The Supreme Court of Appeal"]),
        entity("Brazil", "LOC", "BRA", ["Brazil"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("China", "LOC", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm448-en-02 (United States, AGOA removals)
BIDEN = actor("Joe Biden", "USA", "GOV")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
GAB_GOV = actor("Government of Gabon", "GAB", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")
CAF_GOV = actor("Government of the Central African Republic", "CAF", "GOV")
WORLD_BANK = actor("World Bank", "IGO", "IGO")
STATE_DEPT = actor("United States Department of State", "USA", "GOV")
UGA_OFFICIALS = actor("Ugandan officials", "UGA", "GOV")
ORYEM = actor("Henry Okello Oryem", "UGA", "GOV")
USA_GOV_A = actor("Government of the United States", "USA", "GOV")
TAI = actor("Katherine Tai", "USA", "GOV")
ZAF_GOV_A = actor("Government of South Africa", "ZAF", "GOV")
US_LAWMAKERS = actor("United States Congress members", "USA", "LEG")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
GIN_GOV = actor("Government of Guinea", "GIN", "GOV")

A1 = ("WASHINGTON (AP) — President Joe Biden said Monday he will remove Uganda, Gabon, Niger and the Central African "
      "Republic from a U.S. trade program for African countries, citing human rights abuses and a lack of progress "
      "toward democracy.")
A2 = ("In a letter to Congress, Biden wrote that the governments of Uganda and the Central African Republic had "
      "engaged in \"gross violations of internationally recognized human rights\" and could no longer take part.")
A3 = ("Niger and Gabon, where military officers now rule, had failed to make progress toward political pluralism and "
      "the rule of law, he said.")
A4 = "The four countries will lose their access to the African Growth and Opportunity Act on Jan. 1."
A5 = ("The law, passed in 2000, gives eligible sub-Saharan African countries duty-free access to the U.S. market for "
      "thousands of products.")
A6 = ("Pressure on Uganda had grown since the adoption in May of one of the world's harshest anti-gay laws, which "
      "provides for the death penalty for some same-sex acts.")
A7 = ("The World Bank suspended new lending to Uganda in August, and the State Department has imposed visa "
      "restrictions on Ugandan officials.")
A8 = ("Henry Okello Oryem, Uganda's state minister for foreign affairs, said Kampala would not repeal the law in "
      "exchange for trade benefits.")
A9 = "\"Uganda will survive without AGOA,\" Oryem told The Associated Press by phone."
A10 = "He accused Washington of using trade to force its values on African countries."
A11 = ("Central African Republic government spokesman Maxime Balalou dismissed the accusations as "
       "unfounded.")
A12 = "There was no immediate comment from the military authorities in Niger and Gabon."
A13 = ("U.S. Trade Representative Katherine Tai is due to travel to Johannesburg this week for the annual AGOA "
       "forum.")
A14 = ("In June, a bipartisan group of U.S. lawmakers urged the Biden administration to move the forum out of South "
       "Africa, accusing Pretoria of siding with Russia in the war in Ukraine.")
A15 = "Biden removed Ethiopia, Mali and Guinea from the program at the start of 2022."

EN02 = {
    "id": "hm448-en-02", "lang": "en", "url": None, "published": "2023-10-31",
    "title": "Biden to drop Uganda, Gabon, Niger and Central African Republic from US-Africa trade program",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11, A12], [A13, A14, A15]),
    "events": [
        event("SANCTION", BIDEN, UGA_GOV, A1, mode="discontinue", date="2023-10-30"),
        event("SANCTION", BIDEN, GAB_GOV, A1, mode="discontinue", date="2023-10-30"),
        event("SANCTION", BIDEN, NER_GOV, A1, mode="discontinue", date="2023-10-30"),
        event("SANCTION", BIDEN, CAF_GOV, A1, mode="discontinue", date="2023-10-30"),
        event("ACCUSE", BIDEN, UGA_GOV, A2, mode="allege"),
        event("ACCUSE", BIDEN, CAF_GOV, A2, mode="allege"),
        event("ACCUSE", BIDEN, NER_GOV, A3, mode="disapprove"),
        event("ACCUSE", BIDEN, GAB_GOV, A3, mode="disapprove"),
        event("SANCTION", WORLD_BANK, UGA_GOV, A7, mode="discontinue"),
        event("SANCTION", STATE_DEPT, UGA_OFFICIALS, A7),
        event("REJECT", ORYEM, USA_GOV_A, A8, mode="change"),
        event("ACCUSE", ORYEM, USA_GOV_A, A10, mode="disapprove"),
        event("AGREE", TAI, ZAF_GOV_A, A13, location="Johannesburg", location_country="ZAF"),
        event("REQUEST", US_LAWMAKERS, USA_GOV_A, A14, mode="change"),
        event("ACCUSE", US_LAWMAKERS, ZAF_GOV_A, A14, mode="allege"),
        event("SANCTION", BIDEN, ETH_GOV, A15, mode="discontinue"),
        event("SANCTION", BIDEN, MLI_GOV, A15, mode="discontinue"),
        event("SANCTION", BIDEN, GIN_GOV, A15, mode="discontinue"),
    ],
    "quotes": [
        quote("he will remove Uganda, Gabon, Niger and the Central African Republic from a U.S. trade program for "
              "African countries", "Joe Biden", "indirect"),
        quote("gross violations of internationally recognized human rights", "Joe Biden", "direct"),
        quote("the governments of Uganda and the Central African Republic had engaged in \"gross violations of "
              "internationally recognized human rights\" and could no longer take part", "Joe Biden", "indirect"),
        quote("Niger and Gabon, where military officers now rule, had failed to make progress toward political "
              "pluralism and the rule of law", "Joe Biden", "indirect"),
        quote("Kampala would not repeal the law in exchange for trade benefits", "Henry Okello Oryem", "indirect"),
        quote("Uganda will survive without AGOA", "Henry Okello Oryem", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden", "he"]),
        entity("Uganda", "LOC", "UGA", ["Uganda", "Uganda's"]),
        entity("Gabon", "LOC", "GAB", ["Gabon"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
        entity("Central African Republic", "LOC", "CAF", ["the Central African Republic", "Central African Republic"]),
        entity("African Growth and Opportunity Act", "MISC", "USA",
               ["a U.S. trade program for African countries", "the African Growth and Opportunity Act", "The law",
                "AGOA", "the program"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("Government of Uganda", "ORG", "UGA", ["the governments of Uganda", "Kampala"]),
        entity("Government of the Central African Republic", "ORG", "CAF",
               ["Central African Republic government"]),
        entity("Military government of Niger", "ORG", "NER", ["the military authorities in Niger and Gabon"]),
        entity("Military government of Gabon", "ORG", "GAB", ["the military authorities in Niger and Gabon"]),
        entity("military officers of Niger and Gabon", "PER", None, ["military officers"]),
        entity("United States", "LOC", "USA", ["the U.S. market"]),
        entity("Anti-Homosexuality Act", "MISC", "UGA", ["one of the world's harshest anti-gay laws", "the law"]),
        entity("World Bank", "ORG", "IGO", ["The World Bank"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department"]),
        entity("Ugandan officials", "PER", "UGA", ["Ugandan officials"]),
        entity("Henry Okello Oryem", "PER", "UGA",
               ["Henry Okello Oryem, Uganda's state minister for foreign affairs", "Oryem", "He"]),
        entity("Associated Press", "ORG", "USA", ["The Associated Press"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the Biden administration"]),
        entity("Maxime Balalou", "PER", "CAF", ["Central African Republic government spokesman Maxime Balalou"]),
        entity("Katherine Tai", "PER", "USA", ["U.S. Trade Representative Katherine Tai"]),
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("AGOA Forum 2023", "MISC", "ZAF", ["the annual AGOA forum", "the forum"]),
        entity("United States Congress members", "ORG", "USA", ["a bipartisan group of U.S. lawmakers"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa"]),
        entity("Government of South Africa", "ORG", "ZAF", ["Pretoria"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Ethiopia", "LOC", "ETH", ["Ethiopia"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Guinea", "LOC", "GIN", ["Guinea"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
