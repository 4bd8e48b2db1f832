"""The words around names, in one place: the reader, the resolver and the linker read the same tables.

=================  ==============================================================================
module             holds
=================  ==============================================================================
``honorifics``     titles and forms of address written before a name ("Cde.", "his Excellency")
``offices``        the nouns of offices and the words that qualify them ("First Deputy Minister")
``particles``      connectives, particles of names, generational suffixes, articles
``organisations``  the nouns and acronyms of bodies, and the abbreviations of official names
``countries``      countries, nationalities and diplomatic posts: never a person
``signatures``     the marks a copy writes for a signature ("(signed)", "/s/", "Signed:")
``titles``         what the resolver and the linker drop before a name, word by word (derived)
``cyrillic``       the Cyrillic letter table
``romanisation``   folding, and the romanisation rules of each script family (loose and strict keys)
``chinese``        pinyin syllables, and the pinyin a Wade-Giles syllable may be
=================  ==============================================================================

Before writing a list of such words anywhere else, extend the one here.
"""
