namespace IprArchive.Bench.Corpus;

/// <summary>
/// Chinese records: sentences built from IP-policy phrases written for this generator, so that
/// search is exercised on CJK bigrams. The vocabulary is small; the records are a few percent of the corpus.
/// </summary>
internal static class ChineseText
{
    public static readonly string[] Subjects =
    [
        "国家知识产权局", "各级知识产权管理部门", "专利审查部门", "商标局", "地方知识产权局", "知识产权保护中心", "有关部门", "国务院新闻办公室",
    ];

    public static readonly string[] Verbs =
    [
        "深入实施", "持续推进", "全面加强", "积极推动", "不断完善", "大力支持", "认真落实", "稳步提升", "加快建设", "切实做好",
    ];

    public static readonly string[] Objects =
    [
        "知识产权强国建设", "高价值专利培育", "专利审查质量", "商标注册便利化", "知识产权保护体系", "地理标志保护", "知识产权国际合作",
        "专利转化运用", "知识产权公共服务", "数据知识产权制度", "集成电路布图设计", "知识产权金融服务", "中小企业创新能力", "营商环境优化",
        "审查周期压减", "数字化转型", "人工智能创新", "绿色技术发展", "科技成果转化", "知识产权人才培养",
    ];

    public static readonly string[] Closings =
    [
        "取得了显著成效", "为高质量发展提供了有力支撑", "进一步激发了全社会创新活力", "得到了社会各界的广泛认可", "迈出了坚实步伐", "不断取得新进展",
    ];

    public static readonly string[] Headings = ["工作进展", "主要成效", "下一步工作", "国际合作", "保护成效", "审查质量"];

    public static readonly string[] Events = ["国务院新闻办公室新闻发布会", "国家知识产权局例行新闻发布会", "全国知识产权局局长会议", "中国专利年会"];

    /// <summary>One sentence: subject, verb, object, closing.</summary>
    public static string Sentence(Random random) =>
        $"{Pick(Subjects, random)}{Pick(Verbs, random)}{Pick(Objects, random)}，{Pick(Closings, random)}。";

    /// <summary>A title: an object and a closing.</summary>
    public static string Title(Random random) => $"{Pick(Subjects, random)}{Pick(Verbs, random)}{Pick(Objects, random)}";

    public static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
