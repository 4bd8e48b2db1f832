"""Who held an office on a given day: for the offices an American record names with no name at all.

A State Department memorandum lists "The President", "The Secretary" and "The Under Secretary" among
those present, and a conference is held "With the President": the man is known by the office and the
day. The holders are those of the Office of the Historian's lists of principal officers
(history.state.gov/departmenthistory/people/principalofficers) and of the presidency, from 1913 to 2001;
a day outside every term, or an office not listed here, gives no one.
"""

from __future__ import annotations

import re

# office -> (first day, last day, holder), in order; ISO dates compare as strings
_TERMS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "president": (
        ("1913-03-04", "1921-03-04", "Woodrow Wilson"),
        ("1921-03-04", "1923-08-02", "Warren G. Harding"),
        ("1923-08-02", "1929-03-04", "Calvin Coolidge"),
        ("1929-03-04", "1933-03-04", "Herbert Hoover"),
        ("1933-03-04", "1945-04-12", "Franklin D. Roosevelt"),
        ("1945-04-12", "1953-01-20", "Harry S. Truman"),
        ("1953-01-20", "1961-01-20", "Dwight D. Eisenhower"),
        ("1961-01-20", "1963-11-22", "John F. Kennedy"),
        ("1963-11-22", "1969-01-20", "Lyndon B. Johnson"),
        ("1969-01-20", "1974-08-09", "Richard M. Nixon"),
        ("1974-08-09", "1977-01-20", "Gerald R. Ford"),
        ("1977-01-20", "1981-01-20", "Jimmy Carter"),
        ("1981-01-20", "1989-01-20", "Ronald Reagan"),
        ("1989-01-20", "1993-01-20", "George H. W. Bush"),
        ("1993-01-20", "2001-01-20", "Bill Clinton"),
    ),
    "vice president": (
        ("1933-03-04", "1941-01-20", "John N. Garner"),
        ("1941-01-20", "1945-01-20", "Henry A. Wallace"),
        ("1945-01-20", "1945-04-12", "Harry S. Truman"),
        ("1949-01-20", "1953-01-20", "Alben W. Barkley"),
        ("1953-01-20", "1961-01-20", "Richard M. Nixon"),
        ("1961-01-20", "1963-11-22", "Lyndon B. Johnson"),
        ("1965-01-20", "1969-01-20", "Hubert H. Humphrey"),
        ("1969-01-20", "1973-10-10", "Spiro T. Agnew"),
        ("1973-12-06", "1974-08-09", "Gerald R. Ford"),
        ("1974-12-19", "1977-01-20", "Nelson A. Rockefeller"),
        ("1977-01-20", "1981-01-20", "Walter F. Mondale"),
        ("1981-01-20", "1989-01-20", "George H. W. Bush"),
        ("1989-01-20", "1993-01-20", "Dan Quayle"),
        ("1993-01-20", "2001-01-20", "Al Gore"),
    ),
    "secretary of state": (
        ("1913-03-05", "1915-06-09", "William Jennings Bryan"),
        ("1915-06-23", "1920-02-13", "Robert Lansing"),
        ("1920-03-23", "1921-03-04", "Bainbridge Colby"),
        ("1921-03-05", "1925-03-04", "Charles Evans Hughes"),
        ("1925-03-05", "1929-03-28", "Frank B. Kellogg"),
        ("1929-03-28", "1933-03-04", "Henry L. Stimson"),
        ("1933-03-04", "1944-11-30", "Cordell Hull"),
        ("1944-12-01", "1945-06-27", "Edward R. Stettinius Jr."),
        ("1945-07-03", "1947-01-21", "James F. Byrnes"),
        ("1947-01-21", "1949-01-20", "George C. Marshall"),
        ("1949-01-21", "1953-01-20", "Dean Acheson"),
        ("1953-01-21", "1959-04-22", "John Foster Dulles"),
        ("1959-04-22", "1961-01-20", "Christian A. Herter"),
        ("1961-01-21", "1969-01-20", "Dean Rusk"),
        ("1969-01-22", "1973-09-03", "William P. Rogers"),
        ("1973-09-22", "1977-01-20", "Henry A. Kissinger"),
        ("1977-01-23", "1980-04-28", "Cyrus R. Vance"),
        ("1980-05-08", "1981-01-18", "Edmund S. Muskie"),
        ("1981-01-22", "1982-07-05", "Alexander M. Haig Jr."),
        ("1982-07-16", "1989-01-20", "George P. Shultz"),
        ("1989-01-25", "1992-08-23", "James A. Baker III"),
        ("1992-12-08", "1993-01-20", "Lawrence S. Eagleburger"),
        ("1993-01-20", "1997-01-17", "Warren Christopher"),
        ("1997-01-23", "2001-01-20", "Madeleine K. Albright"),
    ),
    "under secretary of state": (
        ("1919-07-01", "1920-06-15", "Frank L. Polk"),
        ("1920-06-15", "1921-03-07", "Norman H. Davis"),
        ("1921-03-08", "1922-03-06", "Henry P. Fletcher"),
        ("1922-04-26", "1924-04-11", "William Phillips"),
        ("1924-04-16", "1927-06-30", "Joseph C. Grew"),
        ("1927-07-01", "1928-06-30", "Robert E. Olds"),
        ("1928-08-31", "1929-06-19", "J. Reuben Clark Jr."),
        ("1929-06-20", "1931-04-07", "Joseph P. Cotton"),
        ("1931-04-08", "1933-03-09", "William R. Castle Jr."),
        ("1933-04-24", "1936-08-24", "William Phillips"),
        ("1937-05-21", "1943-09-30", "Sumner Welles"),
        ("1943-10-04", "1944-11-30", "Edward R. Stettinius Jr."),
        ("1944-12-20", "1945-08-15", "Joseph C. Grew"),
        ("1945-08-16", "1947-06-30", "Dean Acheson"),
        ("1947-07-01", "1949-01-20", "Robert A. Lovett"),
        ("1949-01-28", "1952-02-29", "James E. Webb"),
        ("1952-04-01", "1953-01-20", "David K. E. Bruce"),
        ("1953-02-09", "1954-10-01", "Walter Bedell Smith"),
        ("1954-10-04", "1957-02-05", "Herbert Hoover Jr."),
        ("1957-02-21", "1959-04-22", "Christian A. Herter"),
        ("1959-06-12", "1961-01-04", "C. Douglas Dillon"),
        ("1961-01-25", "1961-12-03", "Chester Bowles"),
        ("1961-12-04", "1966-09-30", "George W. Ball"),
        ("1966-10-03", "1969-01-20", "Nicholas deB. Katzenbach"),
        ("1969-01-23", "1970-06-23", "Elliot L. Richardson"),
        ("1970-07-13", "1972-07-13", "John N. Irwin II"),
    ),
}
# How a State Department record names them: "The Secretary" is the Secretary of State in its own papers
_NAMES = {
    "president": "president",
    "vice president": "vice president",
    "vice-president": "vice president",
    "secretary": "secretary of state",
    "secretary of state": "secretary of state",
    "under secretary": "under secretary of state",
    "under secretary of state": "under secretary of state",
    "undersecretary": "under secretary of state",
    "undersecretary of state": "under secretary of state",
}
OFFICE_ALONE = re.compile(
    r"(?i)^the\s+(?P<office>president|vice[- ]president|(?:under\s?)?secretary(?:\s+of\s+state)?)$"
)


def holder(office: str, day: str | None) -> str | None:
    """Who held ``office`` ("The President", "the Under Secretary of State") on ``day`` (ISO, at least a
    full date: a month or a year may span two terms); None for an office or a day not listed."""
    m = OFFICE_ALONE.match(re.sub(r"\s+", " ", office.strip(" .,;")))
    if m is None or day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return None
    terms = _TERMS[_NAMES[m.group("office").lower()]]
    return next((who for first, last, who in terms if first <= day < last), None)
