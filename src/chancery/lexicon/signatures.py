"""Signature marks: what a copy or a typed transcript writes where the original bears a signature.

"(signed) A. Gromyko", "/s/ Dean Rusk", "[signature] V[asily]. Pisarev", "Signed: Zhou Enlai". The reader
drops a mark from a signer's line (:mod:`chancery.sources.page.signature`); between an office and a name
("Ambassador of the USSR in the MPR [Signature] V. Pisarev") it parts the two. Lower case, as pages write
them; compared case-insensitively.
"""

from __future__ import annotations

# Marks that stand anywhere on a signer's line: in brackets, slashes, or a word with its colon.
SIGNATURE_MARKS: tuple[str, ...] = (
    "(signed)", "[signed]", "(signature)", "[signature]", "(sgd.)", "(sgd)", "[sgd.]", "[sgd]", "/s/",
    "signed:", "sgd:",
    "(gez.)", "[gez.]", "gez.:", "(signé)", "[signé]", "signé:", "(подпись)", "[подпись]", "/-/", "(-)",
    "(ss)", "(ss.)", "ss.",  # Romanian and Italian copies: "ss" for semnat, sottoscritto
)  # fmt: skip
# Marks that open a signer's line only: elsewhere the word is running text ("signed the treaty"):
# English, German ("gez. Adenauer"), French ("signé X") and Russian ("подп. И. Сталин").
LEADING_MARKS: tuple[str, ...] = ("signed", "sgd.", "s/", "gez.", "gez", "signé", "подп.", "подпись")
# Words of an editor's note in brackets that stands for a signature, whatever its wording: "[Signatures]",
# "[signature illegible]", "(handwritten signature)", "[initials]", "[подписи]", "[Unterschrift]".
MARK_WORDS: tuple[str, ...] = (
    "signed", "signature", "signatures", "illegible", "initials", "initialled", "initialed", "autograph",
    "autographs", "unterschrift", "unterschriften", "signé", "signature illisible", "подпись", "подписи",
)  # fmt: skip
