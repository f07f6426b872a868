"""The worked example that fills the default workspace on first start.

A small tea brand from Yunnan, 云间茶舍 (Cloud Tea House), plans its e-commerce strategy on the
essay's canvases: it sells on its own web shop, Tmall, a WeChat mini-program and Douyin live
streams, and wants to expand abroad. The cards mix Chinese and English, as a real team's would.

Pure data: no I/O. The store turns it into a workspace; block keys match the bundled templates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

EXAMPLE_TITLE = "云间茶舍 · Cloud Tea House e-commerce strategy"
EXAMPLE_CLIENT = "云间茶舍 Cloud Tea House"
EXAMPLE_AUTHOR = "李娜 Li Na"
# The consultant's own words that open the example's report, in the language of the first start.
EXAMPLE_SUMMARY = {
    "en": (
        "Cloud Tea House sells Yunnan tea online and wants **¥18M** in online revenue in 2027 "
        "(+40%). The plan rests on three moves:\n\n"
        "- turn first buyers into **members** who come back (repeat rate ≥ 45%);\n"
        "- make every tea easy to choose: a brewing video and a traceable origin for each;\n"
        "- test demand abroad before building for it (overseas revenue 10%).\n\n"
        "Differentiation leads the strategic paths (5/5); cost leadership is not our game."
    ),
    "zh": (
        "云间茶舍在线上销售云南好茶，目标是 2027 年线上收入达到 **¥18M**（+40%）。"
        "计划依靠三项举措：\n\n"
        "- 把首次购买的顾客变成会回购的**会员**（复购率 ≥ 45%）；\n"
        "- 让每一款茶都容易挑选：每款都有冲泡视频和可追溯的产地；\n"
        "- 先验证海外需求，再投入建设（海外收入占 10%）。\n\n"
        "四大战略路径中差异化领先（5/5）；成本领先不是我们的方向。"
    ),
}
EXAMPLE_RECOMMENDATIONS = {
    "en": (
        "1. Launch the membership programme before the Mid-Autumn gift season.\n"
        "2. Film the brewing videos for the 12 core teas by the end of March.\n"
        "3. Run 40 test listings on Shopee Singapore for one quarter, then decide."
    ),
    "zh": (
        "1. 在中秋礼盒旺季之前上线会员计划。\n"
        "2. 3 月底前完成 12 款核心茶品的冲泡视频。\n"
        "3. 在 Shopee 新加坡试销 40 个商品一个季度，再做决定。"
    ),
}

# Pastel sticky-note colours.
YELLOW = "#FFE680"
PINK = "#FFC4D6"
GREEN = "#C5E8B7"
BLUE = "#B9DDF5"
ORANGE = "#FFD4A3"
LILAC = "#DCCBF2"
NOTE_COLOURS = (YELLOW, PINK, GREEN, BLUE, ORANGE, LILAC)

# The team.
FOUNDER = "李娜 Li Na"
OPERATIONS = "王强 Wang Qiang"
CONTENT = "周婷 Zhou Ting"
OVERSEAS = "Emma Chen"


@dataclass(frozen=True)
class ExampleCard:
    text: str
    note: str = ""
    colour: str = YELLOW
    tags: tuple[str, ...] = ()
    votes: int = 0
    owner: str = ""
    due: date | None = None
    status: str = ""


@dataclass(frozen=True)
class ExampleCanvas:
    template_key: str
    title: str
    cards: dict[str, tuple[ExampleCard, ...]]
    scores: dict[str, int] = field(default_factory=dict)
    links: tuple[tuple[tuple[str, int], tuple[str, int]], ...] = ()


_C = ExampleCard


def _dimensions() -> ExampleCanvas:
    return ExampleCanvas(
        template_key="ecommerce-dimensions",
        title="电商战略四维 · Four dimensions",
        cards={
            "market-customer": (
                _C(
                    "一线城市白领 25–40 岁",
                    "Core buyers: office workers in tier-1 cities who drink tea every day. "
                    "62% of 2026 orders.",
                    tags=("客群",),
                    votes=3,
                ),
                _C(
                    "Tea lovers abroad: SG, MY, UK",
                    "Overseas Chinese and young tea fans. First signals from 40 test listings "
                    "on Shopee Singapore.",
                    colour=BLUE,
                    tags=("出海", "2026"),
                    votes=2,
                ),
                _C(
                    "行为画像：夜间刷抖音、囤货复购",
                    "基于 Tmall 与抖音数据的行为画像：21:00–23:00 浏览最活跃，一年回购 3–4 次，"
                    "对冲泡视频反应最好。",
                    colour=PINK,
                    tags=("数据",),
                    votes=4,
                ),
                _C(
                    "节日送礼客群",
                    "中秋、春节礼盒旺季：8 周贡献全年 35% 的收入。",
                ),
            ),
            "product-service": (
                _C(
                    "古树普洱 & 滇红 core range",
                    "Pu'er from 300-year-old trees in Lincang, plus Dianhong black tea. 12 SKUs.",
                    colour=GREEN,
                ),
                _C(
                    "每款茶配冲泡短视频",
                    "Every product page gets a 60-second brewing video; a QR code on each pack "
                    "leads to it.",
                    tags=("quick win",),
                    votes=4,
                    owner=CONTENT,
                    due=date(2027, 3, 31),
                    status="doing",
                ),
                _C(
                    "Monthly tea subscription box",
                    "三款茶 + 品鉴卡，每月寄送。Pilot with 200 members before the national launch.",
                    colour=ORANGE,
                    tags=("2027",),
                    votes=3,
                    due=date(2027, 4, 30),
                    status="todo",
                ),
                _C(
                    "企业定制礼盒",
                    "Logo printing and a personal card for corporate gift orders; "
                    "minimum 50 boxes.",
                ),
            ),
            "channel-platform": (
                _C(
                    "天猫旗舰店：主销渠道",
                    "55% of revenue, but platform fees and ads take about 22% of sales.",
                ),
                _C(
                    "微信小程序 + 社群复购",
                    "会员在小程序下单，40 个微信群带动复购；客户数据留在自己手里。",
                    colour=GREEN,
                    tags=("私域",),
                    votes=4,
                ),
                _C(
                    "抖音直播：每周三场",
                    "Live from the tea garden on Tuesday, Thursday and Saturday evenings.",
                    colour=PINK,
                    votes=2,
                ),
                _C(
                    "English web shop for abroad",
                    "Shopify site with PayPal and Stripe; parcels ship from Kunming by "
                    "cross-border logistics.",
                    colour=BLUE,
                    tags=("出海",),
                    owner=OVERSEAS,
                    due=date(2027, 6, 30),
                    status="todo",
                ),
            ),
            "operations-support": (
                _C(
                    "库存打通：天猫 / 小程序 / 抖音",
                    "One stock count for every shop through the ERP, so live streams never "
                    "oversell again.",
                    tags=("数据",),
                    owner=OPERATIONS,
                    due=date(2027, 4, 15),
                    status="doing",
                ),
                _C(
                    "CRM 会员三级体系",
                    "按年消费分为三级；金卡会员生日送一份新茶。",
                    colour=LILAC,
                ),
                _C(
                    "Weekly data review",
                    "Every Monday: traffic, conversion and repeat rate per channel.",
                    tags=("数据", "quick win"),
                    owner=FOUNDER,
                    due=date(2027, 1, 31),
                    status="done",
                ),
                _C(
                    "招聘主播 + 内容运营各 1 名",
                    "Hire a live host and a content editor; budget ¥22,000 a month.",
                    owner=FOUNDER,
                    due=date(2027, 3, 1),
                    status="todo",
                ),
            ),
            "strategic-goals": (
                _C(
                    "2027 GMV ¥18M (+40%)",
                    "From ¥12.8M in 2026.",
                    colour=ORANGE,
                    tags=("2027",),
                    votes=5,
                ),
                _C(
                    "私域复购率 ≥ 45%",
                    "12 个月内再次购买的会员占比。",
                    colour=ORANGE,
                    votes=3,
                ),
                _C(
                    "Overseas revenue 10%",
                    "海外收入占比从 2% 提升到 10%（2027 年底）。",
                    colour=ORANGE,
                    tags=("出海",),
                    votes=2,
                ),
            ),
        },
        links=(
            (("market-customer", 2), ("strategic-goals", 1)),
            (("product-service", 2), ("strategic-goals", 1)),
            (("channel-platform", 1), ("strategic-goals", 1)),
            (("channel-platform", 3), ("strategic-goals", 2)),
        ),
    )


def _business_model() -> ExampleCanvas:
    return ExampleCanvas(
        template_key="business-model-design",
        title="商业模式 · Business model",
        cards={
            "value-proposition": (
                _C(
                    "可溯源的云南古树茶",
                    "Single-origin tea from named gardens: the farmer and the harvest date are "
                    "printed on every pack.",
                    votes=4,
                ),
                _C(
                    "Great tea, made easy",
                    "冲泡指南、小包分装、品鉴卡：新手也能泡好一杯茶。",
                    colour=GREEN,
                    votes=2,
                ),
                _C(
                    "有故事、有面子的礼盒",
                    "Gift boxes that tell the story of the garden; corporate customisation.",
                    colour=PINK,
                ),
            ),
            "revenue-model": (
                _C(
                    "零售：客单价 ¥268",
                    "One-off sales on Tmall, the mini-program and Douyin; gross margin 58%.",
                ),
                _C(
                    "Subscription ¥199 / month",
                    "订阅收入可预期，客户生命周期价值更高。",
                    colour=ORANGE,
                    votes=3,
                ),
                _C(
                    "B2B festival gift orders",
                    "Corporate orders of 50+ boxes at Mid-Autumn and Spring Festival; "
                    "18% of revenue.",
                    colour=BLUE,
                ),
            ),
            "key-processes": (
                _C(
                    "春茶采收 48 小时内上架",
                    "From harvest to listing in 48 hours: photos, video and batch data are "
                    "captured in the garden.",
                    votes=3,
                ),
                _C(
                    "内容日历：直播 + 短视频",
                    "Every week: 3 live streams and 5 short videos, planned a month ahead.",
                    colour=PINK,
                ),
                _C(
                    "Same-day dispatch, Kunming",
                    "Orders before 16:00 leave the same day: SF Express in China, Cainiao abroad.",
                    colour=GREEN,
                ),
            ),
            "partner-network": (
                _C(
                    "临沧 12 家茶农合作社",
                    "Long-term purchase contracts with 12 farmer co-operatives, at a fair price "
                    "above the market.",
                    colour=GREEN,
                    votes=2,
                ),
                _C("天猫 · 抖音 · 微信", "Platforms for sales, content and community."),
                _C(
                    "顺丰 & 菜鸟国际",
                    "SF Express for China, Cainiao for cross-border parcels.",
                    colour=BLUE,
                ),
                _C(
                    "3 Douyin tea influencers",
                    "Three mid-sized tea influencers for the seasonal launches; 20% commission.",
                    colour=PINK,
                ),
            ),
        },
        links=(
            (("revenue-model", 0), ("value-proposition", 0)),
            (("revenue-model", 1), ("value-proposition", 1)),
            (("revenue-model", 2), ("value-proposition", 2)),
            (("key-processes", 0), ("value-proposition", 0)),
            (("key-processes", 1), ("value-proposition", 1)),
            (("key-processes", 2), ("value-proposition", 0)),
            (("partner-network", 0), ("key-processes", 0)),
            (("partner-network", 2), ("key-processes", 2)),
            (("partner-network", 3), ("key-processes", 1)),
        ),
    )


def _core_goals() -> ExampleCanvas:
    return ExampleCanvas(
        template_key="core-goals",
        title="核心目标 · Core goals 2027",
        cards={
            "new-markets": (
                _C(
                    "Singapore & Malaysia first",
                    "华人社区 + 年轻茶饮爱好者；Shopee 与英文官网双线，目标 3,000 位海外客户。",
                    colour=BLUE,
                    tags=("出海",),
                    votes=3,
                    owner=OVERSEAS,
                    due=date(2027, 9, 30),
                    status="todo",
                ),
                _C(
                    "三四线城市送礼客群",
                    "Reach gift buyers in smaller cities through Douyin: 8,000 gift orders "
                    "in 2027.",
                ),
                _C(
                    "50 corporate accounts",
                    "B2B 企业客户：中秋、春节礼盒。",
                    colour=ORANGE,
                ),
            ),
            "operational-efficiency": (
                _C(
                    "订单自动审单",
                    "Automatic order and address checks; saves two hours of manual work a day.",
                    tags=("quick win",),
                    owner=OPERATIONS,
                    due=date(2027, 2, 28),
                    status="done",
                ),
                _C(
                    "Demand forecast before 双11",
                    "按 SKU 用近两年数据做销量预测，目标缺货率 < 2%。",
                    colour=BLUE,
                    tags=("数据",),
                    votes=2,
                    owner=OPERATIONS,
                    due=date(2027, 9, 15),
                    status="todo",
                ),
                _C("履约成本 ≤ 订单额 8%", "Fulfilment cost per order at most 8% of its value."),
            ),
            "customer-experience": (
                _C(
                    "每单附冲泡卡 + 视频二维码",
                    "A brewing card with a QR code to the video in every parcel; "
                    "review score 4.8 or better.",
                    colour=GREEN,
                    votes=2,
                ),
                _C(
                    "24h service: AI + people",
                    "AI 夜间答疑，早上 9 点人工接手未解决的问题。",
                    colour=LILAC,
                ),
                _C(
                    "Personal tea picks",
                    "小程序根据购买记录与口味问卷推荐新茶，目标 30% 的订单来自推荐。",
                    colour=PINK,
                    tags=("数据",),
                    votes=3,
                ),
            ),
            "competitiveness": (
                _C(
                    "古树茶园独家货源",
                    "Exclusive sourcing from old-tree gardens: the hardest thing to copy. "
                    "80% of our Pu'er under contract by 2028.",
                    tags=("古树",),
                    votes=4,
                ),
                _C(
                    "5万私域会员",
                    "50,000 members in the WeChat community by the end of 2027 (32,000 today).",
                    colour=GREEN,
                    tags=("私域",),
                ),
                _C(
                    "Brand story: farmers & gardens",
                    "真实的茶农与茶园，用视频讲出来。",
                    colour=PINK,
                ),
            ),
        },
    )


def _strategic_paths() -> ExampleCanvas:
    return ExampleCanvas(
        template_key="strategic-paths",
        title="战略路径评估 · Strategic paths",
        cards={
            "cost-leadership": (
                _C(
                    "规模太小，价格拼不过大品牌",
                    "Too small to win on price against the big tea brands; the 2026 Tmall price "
                    "war cut our margin by 9 points.",
                ),
                _C(
                    "Efficiency: hygiene, not strategy",
                    "降本仍然要做，但不作为主战略。",
                    colour=BLUE,
                ),
            ),
            "differentiation": (
                _C(
                    "溯源 + 古树 = 真实可信",
                    "The traceable single-origin story is our strongest difference.",
                    colour=ORANGE,
                    tags=("2027",),
                    votes=5,
                ),
                _C(
                    "Live from the tea garden",
                    "直播采茶、制茶现场，客户看得见。",
                    colour=PINK,
                    votes=3,
                ),
                _C(
                    "礼盒设计获奖",
                    "The gift box won a regional packaging award in 2026.",
                ),
                _C(
                    "Premium price holds",
                    "售价高于同类 20–30%，复购率仍有 38%。",
                    colour=BLUE,
                    tags=("数据",),
                    votes=2,
                ),
            ),
            "focus": (
                _C(
                    "专注白领 & 海外华人",
                    "The two niches we understand best.",
                    colour=GREEN,
                    votes=2,
                ),
                _C(
                    "Risk: niches too small alone",
                    "单靠这两个客群到不了 ¥18M，需要礼盒和订阅补充。",
                ),
            ),
            "platform": (
                _C(
                    "茶农直连市场：长期选项",
                    "Let partner farmers sell through our mini-program; revisit in 2028.",
                    colour=LILAC,
                ),
                _C(
                    "Not now: no team to run it",
                    "运营一个平台需要的人手和资金，我们现在都没有。",
                ),
            ),
        },
        scores={"cost-leadership": 1, "differentiation": 5, "focus": 4, "platform": 2},
    )


def _swot() -> ExampleCanvas:
    return ExampleCanvas(
        template_key="swot",
        title="SWOT 2027",
        cards={
            "strengths": (
                _C(
                    "独家古树茶源",
                    "Long-term contracts with 12 co-operatives.",
                    tags=("古树",),
                    votes=3,
                ),
                _C(
                    "32,000 loyal members",
                    "微信社群活跃，复购率 38%。",
                    colour=GREEN,
                    tags=("私域",),
                ),
                _C(
                    "直播转化率高于行业均值",
                    "Douyin live conversion 4.1% against a category average of 2.6%.",
                    colour=PINK,
                    tags=("数据",),
                ),
            ),
            "weaknesses": (
                _C("团队只有 9 人", "Everyone does three jobs; no dedicated data analyst."),
                _C(
                    "55% of revenue from Tmall",
                    "过度依赖单一平台，议价能力弱。",
                    colour=ORANGE,
                    votes=3,
                ),
                _C(
                    "No English-speaking service",
                    "海外客户的咨询要隔天才能回复。",
                    colour=BLUE,
                    tags=("出海",),
                    owner=OVERSEAS,
                    due=date(2027, 5, 31),
                    status="todo",
                ),
            ),
            "opportunities": (
                _C(
                    "Cross-border e-commerce in SEA",
                    "东南亚华人市场增长快，物流与支付已很成熟。",
                    colour=BLUE,
                    tags=("出海",),
                    votes=3,
                ),
                _C(
                    "区块链溯源增强信任",
                    "Traceability can answer the fear of fake old-tree tea.",
                    tags=("溯源",),
                ),
                _C(
                    "健康饮品趋势",
                    "Young buyers switch from sugary drinks to tea.",
                    colour=GREEN,
                ),
            ),
            "threats": (
                _C("天猫流量成本上涨", "Cost per click up 30% in two years.", colour=PINK),
                _C(
                    "Fake 'old-tree' Pu'er",
                    "市场上假冒古树茶泛滥，消费者信任受损。",
                    votes=2,
                ),
                _C(
                    "出口合规与农残标准",
                    "Residue limits differ by country; each market needs its own test report.",
                    colour=ORANGE,
                ),
            ),
        },
    )


def _outlook() -> ExampleCanvas:
    return ExampleCanvas(
        template_key="outlook",
        title="未来展望 · Outlook",
        cards={
            "social-content-commerce": (
                _C(
                    "小红书种草笔记", "Tasting notes by real customers on Xiaohongshu.", colour=PINK
                ),
                _C(
                    "Customer reviews as content",
                    "把好评与开箱视频做成短视频素材。",
                ),
            ),
            "live-commerce": (
                _C("茶园实景直播", "Live from the garden during the spring harvest.", votes=2),
                _C(
                    "English live stream test",
                    "每月一场英文直播，面向海外粉丝。",
                    colour=BLUE,
                    tags=("出海",),
                ),
            ),
            "artificial-intelligence": (
                _C("AI 客服夜间值守", "AI answers common questions at night.", colour=LILAC),
                _C(
                    "AI product copy in English",
                    "用 AI 起草英文商品详情，人工审校。",
                    colour=BLUE,
                    tags=("quick win",),
                ),
            ),
            "vr-ar": (
                _C(
                    "VR 茶园漫游（展会试点）",
                    "A VR walk through the tea garden at the Kunming trade fair.",
                    colour=GREEN,
                ),
            ),
            "blockchain-traceability": (
                _C(
                    "每饼普洱一个溯源码",
                    "Every Pu'er cake gets a code showing garden, farmer and harvest date. "
                    "Waiting for the co-operatives' harvest data.",
                    colour=ORANGE,
                    tags=("溯源",),
                    votes=3,
                    owner=OPERATIONS,
                    due=date(2027, 10, 31),
                    status="blocked",
                ),
            ),
        },
    )


def example_canvases() -> tuple[ExampleCanvas, ...]:
    """The canvases of the worked example, in the order they appear in the workspace."""
    return (
        _dimensions(),
        _business_model(),
        _core_goals(),
        _strategic_paths(),
        _swot(),
        _outlook(),
    )
