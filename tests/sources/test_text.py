"""Decoding layer: encodings, BOM, line ends, binary data."""

from __future__ import annotations

import pytest

from chancery.sources.page.text import NotText, clean_text, decode, decode_bytes


def test_utf8_with_bom_and_crlf():
    assert decode("\ufeffNovember 3, 1945\r\nTitle\r\n".encode()) == "November 3, 1945\nTitle\n"


def test_cp1251_is_detected():
    text = "Совершенно секретно. Товарищу Сталину И. В."
    assert decode_bytes(text.encode("cp1251")) == text


def test_latin1_fallback():
    assert decode_bytes("Jeleń Café Müller".encode()) == "Jeleń Café Müller"
    assert (
        decode_bytes("Café Müller, Bolesław".encode("cp1250", errors="replace").replace(b"\xb3", b"l")) != ""
    )
    assert decode_bytes("Café Müller".encode("latin-1")) == "Café Müller"


def test_utf16_with_bom():
    assert decode_bytes("March 1950".encode("utf-16")) == "March 1950"


def test_binary_is_refused():
    with pytest.raises(NotText):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_odd_spaces_and_controls():
    assert clean_text("a\u00a0b\u200bc\x07\td  \r\n") == "a bc    d\n"


def test_utf8_cut_inside_a_character():
    data = "Telegram Nº 5".encode()
    assert decode_bytes(data[:-2] + "º".encode()[:1]) == "Telegram Nº"


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Ciphergram from Paweł Jaroszewicz; translated by Małgorzata Gnoińska, Łódź", "cp1250"),
        ("Národní archiv, Přísně tajné, ministerstvo zahraničních věcí", "cp1250"),
        ("Szigorúan titkos. Szűrös Mátyás, Kőbányai Péter", "cp1250"),
        ("Ion Gheorghe Maurer, Emil Bodnăraş, Bucureşti", "cp1250"),
        ("Совершенно секретно. Товарищу Сталину И. В.", "cp1251"),
        ("Café Müller, Señor Muñoz, Straße, garçon", "cp1252"),
        ("Politisches Archiv des Auswärtigen Amts, Bl. 23–27 “streng geheim”", "cp1252"),
    ],
)
def test_code_page_by_plausibility(text, codec):
    assert decode_bytes(text.encode(codec)) == text


def test_undecodable_bytes_never_raise():
    assert decode_bytes(bytes(range(32, 256)) * 3)
