"""Does a goal say how it will be measured? It does when it holds a number, a percentage, an
amount or a date, in English or Chinese ("GMV ¥18M", "复购率 ≥ 45%", "五万会员", "by year-end").

Deliberately generous: the check asks for *a* yardstick, it does not judge whether it is a good
one, so any digit counts.
"""

from __future__ import annotations

import re

CHINESE_NUMERAL = "零〇一二两三四五六七八九十百千万亿半"
# A Chinese numeral counts when a unit or measure word follows it ("五万", "三成", "两倍", "三年");
# alone it is often just a word ("一流", "统一").
CHINESE_QUANTITY = re.compile(
    f"[{CHINESE_NUMERAL}]+\\s*(?:[%％倍成万亿元千百位名款单次年月日周天]|个月|个百分点|季度|星期)"
)
CHINESE_MEASURES = re.compile(
    r"百分之|翻一番|翻两番|翻番|第[一二三四五六七八九十]|年底|年末|年内|明年|今年|上半年|下半年|季度"
)
DIGIT = re.compile(r"[0-9０-９]")
PERCENT = re.compile(r"[%％‰]")
ENGLISH_WORDS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|dozen|half|double|triple|twice|percent|"
    r"quarter|year-end|year end|end of (?:the )?year|next year|this year)\b",
    re.IGNORECASE,
)
MONTHS = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)  # "May" is left out: it is far more often the verb
PATTERNS = (DIGIT, PERCENT, CHINESE_QUANTITY, CHINESE_MEASURES, ENGLISH_WORDS, MONTHS)


def is_measurable(text: str) -> bool:
    """True when `text` names a number, percentage, amount or date to measure a goal by."""
    return any(pattern.search(text) for pattern in PATTERNS)
