"""Every fixed word the report prints, in English and Chinese.

The report runs without Qt (command line, worker thread), so it carries its own small dictionary
instead of going through tr().
"""

from __future__ import annotations

from datetime import date

LABELS: dict[str, tuple[str, str]] = {
    # key: (English, Chinese)
    "report": ("Strategy report", "战略报告"),
    "cover": ("Cover", "封面"),
    "contents": ("Contents", "目录"),
    "summary": ("Executive summary", "执行摘要"),
    "recommendations": ("Recommendations", "建议"),
    "at_a_glance": ("At a glance", "概览"),
    "canvases": ("Canvases", "战略画布"),
    "cards": ("Cards", "卡片"),
    "cards_of": ("Cards of {title}", "卡片明细：{title}"),
    "scores": ("Scores", "评分"),
    "actions": ("Action plan", "行动计划"),
    "appendix": ("Appendix: framework guidance", "附录：框架指引"),
    "client": ("Client", "客户"),
    "author": ("Prepared by", "编制人"),
    "date": ("Date", "日期"),
    "prepared_with": ("Prepared with ecanvas", "由 ecanvas 生成"),
    "page": ("Page {n}", "第 {n} 页"),
    "figure_canvases": ("canvases", "画布"),
    "figure_cards": ("cards", "卡片"),
    "figure_links": ("links", "连线"),
    "figure_actions": ("action items", "行动项"),
    "canvas_overview": ("Canvases at a glance", "画布概览"),
    "col_canvas": ("Canvas", "画布"),
    "col_template": ("Framework", "框架"),
    "col_cards": ("Cards", "卡片"),
    "col_blocks_filled": ("Blocks filled", "已填区块"),
    "col_votes": ("Votes", "票数"),
    "col_card": ("Card", "卡片"),
    "col_where": ("Where", "位置"),
    "col_due": ("Due", "截止日期"),
    "col_action": ("Action", "行动"),
    "col_owner": ("Owner", "负责人"),
    "col_status": ("Status", "状态"),
    "col_block": ("Block", "区块"),
    "col_score": ("Score", "得分"),
    "top_voted": ("Most-voted cards", "得票最多的卡片"),
    "scored_blocks": ("Scored blocks", "区块评分"),
    "due_soonest": ("Action items due soonest", "即将到期的行动"),
    "no_canvases": ("This workspace has no canvases yet.", "此工作区还没有画布。"),
    "no_cards": ("No cards yet.", "还没有卡片。"),
    "not_printed": (
        "[… {n:,} more characters are not printed here; the whole text is in the workspace]",
        "[……另有 {n:,} 个字符未在此打印；完整文字保存在工作区中]",
    ),
    "no_votes": ("No card has votes yet.", "还没有卡片获得投票。"),
    "no_scores": ("No block has been scored yet.", "还没有区块打分。"),
    "no_actions": (
        "No action items yet: give a card an owner, a due date or a status.",
        "还没有行动项：为卡片设置负责人、截止日期或状态即可加入。",
    ),
    "no_due": ("No open action item has a due date.", "没有设定截止日期的未完成行动。"),
    "no_guidance": ("The canvases in this report carry no guidance.", "本报告的画布没有指引问题。"),
    "empty_canvas": ("This canvas has no blocks yet.", "此画布还没有区块。"),
    "continued": ("{title} (continued)", "{title}（续）"),
    "empty_block": ("No cards in this block.", "此区块没有卡片。"),
    "leading": ("Leading path: {names} ({score}/5)", "领先路径：{names}（{score}/5）"),
    "tie_joiner": (" and ", "、"),
    "not_scored": ("not scored", "未评分"),
    "scored_of": ("{n} of {total} blocks scored", "已评分区块：{n}/{total}"),
    "card_count": ("{n} cards", "{n} 张卡片"),
    "card_count_one": ("1 card", "1 张卡片"),
    "link_count": ("{n} links", "{n} 条连线"),
    "link_count_one": ("1 link", "1 条连线"),
    "votes": ("{n} votes", "{n} 票"),
    "votes_one": ("1 vote", "1 票"),
    "owner": ("Owner: {name}", "负责人：{name}"),
    "due": ("Due {date}", "截止 {date}"),
    "overdue": ("overdue", "已逾期"),
    "no_date": ("no date", "无日期"),
    "guidance_intro": (
        "The questions each framework asks, block by block. Use them to review the canvases.",
        "各框架按区块提出的引导问题，可用于复核画布内容。",
    ),
    "status_todo": ("To do", "待办"),
    "status_doing": ("In progress", "进行中"),
    "status_done": ("Done", "已完成"),
    "status_blocked": ("Blocked", "受阻"),
    "tags": ("Tags: {tags}", "标签：{tags}"),
    "links": ("Links", "连线"),
    "no_links": ("No links on this canvas.", "此画布没有连线。"),
}
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def bilingual(table: dict[str, tuple[str, str]], key: str, lang: str, **values: object) -> str:
    """An (English, Chinese) entry of `table` in the report language, with {placeholders}
    filled in; a count of one picks the singular form when there is one ("1 card")."""
    if values.get("n") == 1 and f"{key}_one" in table:
        key = f"{key}_one"
    english, chinese = table[key]
    text = chinese if lang == "zh" else english
    return text.format(**values) if values else text


def label(key: str, lang: str, **values: object) -> str:
    """A label of the report's own (LABELS) in the report language."""
    return bilingual(LABELS, key, lang, **values)


def long_date(day: date, lang: str) -> str:
    """A date as a reader writes it: '12 March 2026' or '2026年3月12日'."""
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def short_date(day: date | None) -> str:
    """A compact, sortable date for tables; an em dash when there is none."""
    return day.isoformat() if day else "—"


def status_label(status: str, lang: str) -> str:
    return label(f"status_{status}", lang) if status else ""


def pdf_language(lang: str) -> str:
    """The /Lang tag of the PDF catalog, used by screen readers and search."""
    return "zh-CN" if lang == "zh" else "en"


def template_title(key: str, lang: str) -> str:
    """The framework's name in the report language; the raw key for a template we do not ship."""
    from ecanvas.model.catalog import builtin_templates
    from ecanvas.model.templates import TemplateError

    try:
        templates = builtin_templates()
    except (TemplateError, OSError):
        return key
    return templates[key].title(lang) if key in templates else key
