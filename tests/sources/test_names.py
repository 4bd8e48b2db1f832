"""Names layer: honorifics, offices, brackets, capitals, organisations, lists."""

from __future__ import annotations

import pytest

from chancery.sources.page.names import parse_agent, parse_agents, split_names, strip_editorial, title_case


@pytest.mark.parametrize(
    ("text", "name", "honorifics", "office"),
    [
        ("Cde. I. V. Stalin", "I. V. Stalin", ["Cde."], None),
        ("Commander-in-Chief Marshal Stalin", "Stalin", ["Commander-in-Chief", "Marshal"], None),
        ("his Excellency Stalin", "Stalin", ["his Excellency"], None),
        ("Soviet Ambassador in China A. A. Petrov", "A. A. Petrov", [], "Soviet Ambassador in China"),
        ("First Vice Premier Hysni Kapo", "Hysni Kapo", [], "First Vice Premier"),
        ("Chairman of the government ALIHAN TORE", "Alihan Tore", [], "Chairman of the government"),
        (
            "Head of the East Turkestan Government - ALIHAN TORE [SHAKIRJAN]",
            "Alihan Tore",
            [],
            "Head of the East Turkestan Government",
        ),
        (
            "Prime Minister of the Mongolian People's Republic, Comrade Tsedenbal",
            "Tsedenbal",
            ["Comrade"],
            "Prime Minister of the Mongolian People's Republic",
        ),
        ("V[asily]. Pisarev", "Vasily Pisarev", [], None),
        ("[Ambassador Boleslaw] JELEN", "Boleslaw Jelen", ["Ambassador"], None),
        ("HASHIM SHAH [sic]", "Hashim Shah", [], None),
        ("DZHIKA AKHUY ZHDA0 [sic]Y", "Dzhika Akhuy Zhdaoy", [], None),
        ("Theodore L. Eliot, Jr.", "Theodore L. Eliot, Jr.", [], None),
        ("James G. Hershberg (George Washington University)", "James G. Hershberg", [], None),
    ],
)
def test_person(text, name, honorifics, office):
    agent = parse_agent(text)
    assert agent.kind == "person"
    assert (agent.name, agent.honorifics, agent.office) == (name, honorifics, office)
    assert agent.as_written == text


@pytest.mark.parametrize(
    "text",
    [
        "Central Committee of the CPSU",
        "VKP(b) CC Politburo",
        "Romanian Embassy in Pyongyang",
        "Embassy of Hungary in North Korea",
        "Hungarian Foreign Ministry",
        "Ministry of Foreign Affairs of the PRC",
    ],
)
def test_organisations(text):
    agent = parse_agent(text)
    assert agent.kind == "organization" and agent.name == text


def test_illegible_signature_is_unknown():
    agent = parse_agent("[illegible signature]")
    assert (agent.name, agent.kind) == ("[illegible signature]", "unknown")


def test_split_names():
    assert split_names("George B. Murphy, Jr., Fred J. Carrier, and Joseph Brandt") == [
        "George B. Murphy, Jr.",
        "Fred J. Carrier",
        "Joseph Brandt",
    ]
    assert split_names("Cde. Yegnarov and Cde. Langvang") == ["Cde. Yegnarov", "Cde. Langvang"]
    assert split_names("THE PRESIDENT AND THE SECRETARY OF STATE") == [
        "THE PRESIDENT",
        "THE SECRETARY OF STATE",
    ]
    assert split_names("Mao Zedong, Zhou Enlai et al.") == ["Mao Zedong", "Zhou Enlai"]


def test_capitals_and_brackets():
    assert title_case("SAVEL'YEV") == "Savel'yev"
    assert strip_editorial("KASYMOV [sic]") == "KASYMOV"
    assert parse_agent("") is None
    assert parse_agent("  ,. ") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nehru, Jawaharlal", ["Jawaharlal Nehru"]),
        ("Johnson, Lyndon B.", ["Lyndon B. Johnson"]),
        ("George B. Murphy, Jr.", ["George B. Murphy, Jr."]),
        ("Stalin, Chairman", ["Stalin"]),  # an office after a name is his (office "Chairman")
        ("Mao Zedong, Zhou Enlai and Zhu De", ["Mao Zedong", "Zhou Enlai", "Zhu De"]),
        ("Kim Il Sung, Pak Heon-yeong et al.", ["Kim Il Sung", "Pak Heon-yeong"]),
    ],
)
def test_inverted_names_are_one_person(text, names):
    agents = parse_agents(text)
    assert [a.name for a in agents] == names
    if len(names) == 1:
        assert agents[0].as_written == text.rstrip(".") or agents[0].as_written == text


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("Stalin I. V.", "I. V. Stalin", None),
        ("Cde. Molotov V. M.", "V. M. Molotov", None),
        ("Kim Il", "Kim Il", None),
        ("Chen Yi", "Chen Yi", None),
        ("Zhou Enlai, Premier", "Zhou Enlai", "Premier"),
        ("Dean Rusk, Secretary of State", "Dean Rusk", "Secretary of State"),
    ],
)
def test_surname_first_and_office_after(text, name, office):
    agent = parse_agent(text)
    assert (agent.name, agent.office, agent.as_written) == (name, office, text)


def test_two_surnames_are_not_one_inverted_name():
    assert [a.name for a in parse_agents("Stalin, Molotov")] == ["Stalin", "Molotov"]
    assert [a.name for a in parse_agents("Molotov, Vyshinsky")] == ["Molotov", "Vyshinsky"]


def test_a_city_is_no_name():
    assert parse_agent("Consul General in Hong Kong").name != "Kong"
    assert [a.name for a in parse_agents("Moscow, Kremlin")] != ["Kremlin Moscow"]


def test_the_holders_of_an_office_are_a_group():
    agent = parse_agent("the Chief Ministers")
    assert (agent.name, agent.kind) == ("Chief Ministers", "organization")
    assert parse_agent("Jules Ministers").kind == "person"  # a given name before it: one person


def test_an_inverted_name_inside_an_and_list():
    assert split_names("Hershberg, James G. and Sergey Radchenko") == [
        "Hershberg, James G.",
        "Sergey Radchenko",
    ]
    assert [a.name for a in parse_agents("Gromyko, Andrei and Dobrynin, Anatoly")] == [
        "Andrei Gromyko",
        "Anatoly Dobrynin",
    ]
    # lists of surnames stay lists; one given name alone does not decide ("Tito, Kardelj and A. Rankovic")
    assert split_names("Mao, Zhou and Liu") == ["Mao", "Zhou", "Liu"]
    assert split_names("Tito, Kardelj and Aleksandar Rankovic") == ["Tito", "Kardelj", "Aleksandar Rankovic"]


def test_a_persons_name_then_the_body_he_belongs_to():
    agent = parse_agent("Harold Saunders of the National Security Council Staff")
    assert (agent.name, agent.kind, agent.affiliation) == (
        "Harold Saunders",
        "person",
        "National Security Council Staff",
    )
    agent = parse_agent("Mr. Smith of the Department of State")
    assert (agent.name, agent.affiliation) == ("Smith", "Department of State")
    for body in ("Bank of England", "Central Committee of the CPSU", "Ministry of Foreign Affairs"):
        assert parse_agent(body).kind == "organization", body
    assert parse_agent("Duke of Edinburgh").affiliation is None


def test_the_same_surname_with_given_names_that_disagree_is_two_people():
    from chancery.sources.page.names import same_person

    def same(a: str, b: str) -> bool:
        return same_person(parse_agent(a), parse_agent(b))

    assert not same("Raul Castro", "Fidel Castro") and not same("Wu Qing", "Lin Qing")
    assert same("Yu. Tsedenbal", "Yumjaagiin Tsedenbal") and same("Molotov", "V. M. Molotov")
    assert same("Cheny Yi", "Chen Yi")  # a typo of the given name is no other man


def test_hyphenated_and_two_word_ranks_are_honorifics():
    for written in (
        "Lieutenant-General Kim Jong Hwan",
        "Colonel-General Kim Jong Hwan",
        "Army General Kim Jong Hwan",
    ):
        agent = parse_agent(written)
        assert agent.name == "Kim Jong Hwan" and agent.honorifics, written


def test_a_code_name_and_the_man_the_editor_knows_behind_it():
    assert parse_agent("Filippov [Stalin]").name == "Stalin"
    assert (
        parse_agent("Zhu [De]").name == "Zhu De" and parse_agent("Chairman Mao [Zedong]").name == "Mao Zedong"
    )


def test_a_spanish_names_first_surname_in_the_short_form():
    from chancery.model import Agent
    from chancery.sources.page.names import same_person

    def person(name):
        return Agent(name=name, as_written=name, kind="person")

    assert same_person(person("F. Castro"), person("Fidel Castro Ruz"))
    assert not same_person(person("Raul Castro"), person("Fidel Castro Ruz"))
    assert not same_person(person("Kim Il"), person("Kim Il Sung"))


def test_a_field_marshals_and_air_marshals_rank_is_no_part_of_his_name():
    from chancery.sources.page.names import parse_agent

    assert parse_agent("Field-Marshal Sir FRANCIS FESTING").name == "Francis Festing"
    assert parse_agent("Air Chief Marshal Sir Charles Portal").name == "Charles Portal"


def test_semicolons_part_entries_whose_offices_hold_commas_and_ands():
    from chancery.sources.page.names import split_names

    assert split_names(
        "A. Ivanov, head of the Department of the USSR and the Socialist Countries; B. Petrov"
    ) == [
        "A. Ivanov, head of the Department of the USSR and the Socialist Countries",
        "B. Petrov",
    ]
    assert split_names("Kim Il Sung, Choe Yong Gon; A. Ivanov and B. Petrov") == [
        "Kim Il Sung",
        "Choe Yong Gon",
        "A. Ivanov",
        "B. Petrov",
    ]


def test_an_office_in_the_plural_with_its_domain_is_a_group_not_a_person():
    from chancery.sources.page.names import parse_agent

    assert parse_agent("Foreign Ministers of North Korea").kind == "organization"
    assert parse_agent("Ambassadors of the socialist countries").kind == "organization"
    assert parse_agent("John Adams of Boston").kind == "person"


def test_an_office_ending_in_a_country_names_no_one():
    from chancery.sources.page.names import parse_agent

    governor = parse_agent("the Governor of New Zealand")
    assert (governor.name, governor.office) == ("Governor of New Zealand", None)
    head = parse_agent("the Head of the Albanian Government Delegation Behar Shtylla")
    assert (head.name, head.office) == ("Behar Shtylla", "Head of the Albanian Government Delegation")


def test_a_hungarian_name_written_surname_first_is_turned_round():
    from chancery.lexicon.given_names import surname_first
    from chancery.sources.page.names import parse_agent

    assert parse_agent("Barity Miklós").name == "Miklós Barity"
    assert parse_agent("Comrade Kádár János").name == "János Kádár"
    assert parse_agent("János Kádár").name == "János Kádár"
    assert surname_first("Kim Il Sung") is None
    # a given name shared with other languages, as they spell it, is a surname here: a Czech's "Václav David"
    assert surname_first("Václav David") is None and parse_agent("Václav David").name == "Václav David"
    assert surname_first("Szabó Dávid") == "Dávid Szabó"
    assert surname_first("John Simon") is None  # an Englishman's given name first: Sir John Simon


def test_a_names_degrees_and_honours_after_it_are_no_name():
    from chancery.sources.page.names import split_names

    assert split_names("The Rev. Robert Maunsell, B.A.") == ["The Rev. Robert Maunsell"]
    assert split_names("Sir Winston Churchill, M.P., Prime Minister") == [
        "Sir Winston Churchill, Prime Minister"
    ]
    assert split_names("Kennedy, John F.") == ["Kennedy, John F."]


def test_a_from_line_naming_a_writer_by_a_common_given_name_is_no_place(read_record):
    record = read_record(
        "Top Secret\nTO THE CHAIRMAN OF THE COUNCIL OF MINISTERS\nCOMRADE TODOR ZHIVKOV\nR E P O R T\n"
        "From IVAN BUDINOV\nMinister of foreign trade\n"
        "Under the special export plan for 1963 our country is to export special equipment worth five "
        "million "
        "leva to the Republic of Cuba, and the talks with its representatives are now complete.\n"
    )
    assert "Ivan Budinov" not in [p.name for p in record.places]


def test_an_exception_belongs_to_the_one_addressee_it_qualifies():
    assert split_names("Chiefs of Mission in the American Republics Except Brazil and Uruguay") == [
        "Chiefs of Mission in the American Republics Except Brazil and Uruguay"
    ]
    assert split_names("Brazil and Uruguay") == ["Brazil", "Uruguay"]


def test_two_kinds_of_one_plural_office_are_one_addressee():
    assert split_names("Certain Diplomatic and Consular Representatives") == [
        "Certain Diplomatic and Consular Representatives"
    ]
