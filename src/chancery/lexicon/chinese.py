"""Chinese syllables in pinyin, and the pinyin a Wade-Giles syllable may stand for.

The loose romanisation key (:func:`chancery.lexicon.romanisation.key`) makes ``Chou`` and ``Zhou`` one
spelling, but also ``Zhu`` and ``Zhou``, ``Liu`` and ``Lu``: two different surnames. Read as syllables
they stay apart: :func:`readings` gives the pinyin syllables a written syllable may be (itself when it is
pinyin; its pinyin when it is Wade-Giles, with the aspiration apostrophe and the umlaut often lost), and
two spellings are one syllable only when their readings meet (``Chou`` {zhou, chou} and ``Zhou`` {zhou};
``Chu`` {zhu, chu, ju, qu} and ``Zhu`` {zhu}; not ``Zhu`` and ``Zhou``).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Every syllable of standard Mandarin in pinyin, without tones; ü written u (pages fold it away).
PINYIN = frozenset(
    str.split(
        """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang
        cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang
        chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao
        die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai
        gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei
        hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju
        juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai
        lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue lun luo ma
        mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei
        nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo o ou pa pai pan pang pao pei
        pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan
        que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng
        sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si
        song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui
        tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue
        xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng
        zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun
        zhuo zi zong zou zu zuan zui zun zuo"""
    )
)

# Wade-Giles initial -> the pinyin initials it may be, apostrophes lost: "ch" is zh (chou) or, aspirated,
# ch (ch'ou); before i or ü it is j or q (chiang, ch'ing). Longest first.
WADE_GILES_INITIALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hs", ("x",)),  # hsiao -> xiao
    ("ch", ("zh", "ch", "j", "q")),
    ("ts", ("z", "c")),  # tsung -> zong, ts'ao -> cao
    ("tz", ("z", "c")),  # tzu -> zi
    ("ss", ("s",)),  # ssu -> si
    ("sz", ("s",)),
    ("sh", ("sh",)),
    ("p", ("b", "p")),
    ("t", ("d", "t")),  # teng -> deng
    ("k", ("g", "k")),  # kuo -> guo
    ("j", ("r",)),  # jen -> ren
    *((letter, (letter,)) for letter in "mfnlhs"),  # the same letters in both systems
    ("", ("",)),  # no initial (w and y are read with the final: wen, yen)
)
# Wade-Giles final -> pinyin final, in order (the first that matches the end of the syllable).
WADE_GILES_FINALS: tuple[tuple[str, str], ...] = (
    ("ih", "i"),  # chih -> zhi, shih -> shi, jih -> ri
    ("ieh", "ie"),  # hsieh -> xie
    ("ueh", "ue"),  # hsüeh -> xue, yüeh -> yue
    ("ien", "ian"),  # tien -> dian, yen -> yan (below)
    ("iung", "iong"),  # hsiung -> xiong
    ("ung", "ong"),  # tung -> dong, kung -> gong
    ("uei", "ui"),
    ("erh", "er"),
    ("en", "en"),
    ("eh", "e"),  # yeh -> ye
)


@lru_cache(maxsize=16384)
def readings(syllable: str) -> frozenset[str]:
    """The pinyin syllables a folded, lower-case spelling may be; empty when it is no Chinese syllable."""
    word = syllable.replace("'", "").replace("’", "")
    if not re.fullmatch(r"[a-z]+", word):
        return frozenset()
    found = {word} & PINYIN
    found |= {s for s in _wade_giles(word) if s in PINYIN}
    return frozenset(found)


def _wade_giles(word: str) -> set[str]:
    """Pinyin spellings of ``word`` read as Wade-Giles (more than one where the apostrophe is lost)."""
    out: set[str] = set()
    for initial, pinyins in WADE_GILES_INITIALS:
        if not word.startswith(initial):
            continue
        final = _final(word[len(initial) :], initial)
        out |= {p + f for p in pinyins for f in final}
        break
    return out


def _final(final: str, initial: str) -> set[str]:
    if initial in ("tz", "ss", "sz", "ts") and final == "u":
        return {"i", "u"}  # tzu -> zi, ssu -> si; tsu -> zu
    if final == "yu":
        return {"you", "yu"}  # yu -> you; yü -> yu
    if final == "o":
        return {"e", "o", "uo"}  # ko -> ge, po -> bo, to -> duo
    if final.startswith("ye") and not final.startswith("yeh"):
        final = "ya" + final[2:]  # yen -> yan
    for old, new in WADE_GILES_FINALS:
        if final.endswith(old):
            return {final[: -len(old)] + new}
    if final == "i" and not initial:
        return {"yi"}
    return {final}


@lru_cache(maxsize=16384)
def segmentations(word: str) -> tuple[tuple[str, ...], ...]:
    """The ways a folded word splits into up to four syllables ("shaoqi" -> ("shao", "qi"))."""
    if not word:
        return ((),)
    if len(word) > 24:
        return ()
    out = []
    for end in range(1, min(len(word), 6) + 1):
        head = word[:end]
        if readings(head):
            out += [(head, *rest) for rest in segmentations(word[end:]) if len(rest) < 4]
    return tuple(out)


def same_syllables(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two spellings (folded tokens, joined or apart: "shao", "chi" and "shaoqi") can be the same
    Chinese syllables, each pair of syllables sharing a pinyin reading."""
    for one in segmentations("".join(a)):
        for other in segmentations("".join(b)):
            if len(one) == len(other) and all(
                readings(x) & readings(y) for x, y in zip(one, other, strict=True)
            ):
                return True
    return False
