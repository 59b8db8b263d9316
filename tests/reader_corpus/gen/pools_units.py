"""Units, leaders and headings of the corpus. A unit is named by a key (dev, fin, …); each level
of government writes it its own way, and cities differ in their spelling (市发展改革委,
市发展和改革局). ``{c}`` is the city, ``{p}`` the province, ``{x}`` the county."""

CITY = {
    "dev": ("市发展改革委", "市发展和改革局", "市发改委"),
    "ind": ("市工业和信息化局", "市工信局"),
    "tech": ("市科技局", "市科学技术局"),
    "fin": ("市财政局",),
    "hr": ("市人力资源社会保障局", "市人社局"),
    "land": ("市自然资源和规划局", "市国土房管局", "市自然资源局"),
    "eco": ("市生态环境局",),
    "build": ("市住房城乡建设局", "市住房和城乡建设局", "市住建局"),
    "trans": ("市交通运输局",),
    "agri": ("市农业农村局",),
    "com": ("市商务局",),
    "tour": ("市文化广电旅游局", "市文化和旅游局"),
    "health": ("市卫生健康委", "市卫生健康局"),
    "safe": ("市应急管理局",),
    "mkt": ("市市场监管局", "市市场监督管理局"),
    "gov": ("市政务服务数据管理局", "市数据局", "市政务服务中心"),
    "edu": ("市教育局", "市教育体育局"),
    "police": ("市公安局",),
    "civil": ("市民政局",),
    "justice": ("市司法局",),
    "med": ("市医保局", "市医疗保障局"),
    "stat": ("市统计局",),
    "urbanmgmt": ("市城市管理局", "市城管执法局"),
    "water": ("市水利局", "市水务局"),
    "finoffice": ("市委金融办", "市地方金融管理局"),
    "invest": ("市投资促进局", "市招商局"),
    "sport": ("市体育局",),
    "fire": ("市消防救援支队",),
    "tax": ("国家税务总局{c}市税务局",),
    "pbc": ("中国人民银行{c}市分行",),
    "customs": ("{c}海关",),
    "power": ("{c}供电公司",),
    "court": ("市中级人民法院",),
    "counties": ("各县（市、区）人民政府", "各县（市、区）人民政府（管委会）", "各县区政府"),
    "direct": ("市直有关单位", "市有关部门"),
}

PROVINCE = {
    "dev": ("省发展改革委",), "ind": ("省工业和信息化厅",), "tech": ("省科技厅",),
    "fin": ("省财政厅",), "hr": ("省人力资源社会保障厅",), "land": ("省自然资源厅",),
    "eco": ("省生态环境厅",), "build": ("省住房城乡建设厅",), "trans": ("省交通运输厅",),
    "agri": ("省农业农村厅",), "com": ("省商务厅",), "tour": ("省文化和旅游厅",),
    "health": ("省卫生健康委",), "safe": ("省应急管理厅",), "mkt": ("省市场监管局",),
    "gov": ("省政务服务数据管理局",), "edu": ("省教育厅",), "police": ("省公安厅",),
    "civil": ("省民政厅",), "justice": ("省司法厅",), "med": ("省医保局",), "stat": ("省统计局",),
    "urbanmgmt": ("省住房城乡建设厅",), "water": ("省水利厅",), "finoffice": ("省地方金融管理局",),
    "invest": ("省投资促进局",), "sport": ("省体育局",), "fire": ("省消防救援总队",),
    "tax": ("国家税务总局{p}省税务局",), "pbc": ("中国人民银行{p}省分行",),
    "customs": ("{c}海关",), "power": ("国网{p}省电力公司",), "court": ("省高级人民法院",),
    "counties": ("各地级以上市人民政府", "各市人民政府"), "direct": ("省直有关单位",),
}

COUNTY = {
    "dev": ("县发展和改革局",), "ind": ("县工业和信息化局", "县经济和信息化局"), "tech": ("县科技局",),
    "fin": ("县财政局",), "hr": ("县人力资源和社会保障局",), "land": ("县自然资源局",),
    "eco": ("{c}市生态环境局{x}分局",), "build": ("县住房和城乡建设局",), "trans": ("县交通运输局",),
    "agri": ("县农业农村局",), "com": ("县商务局",), "tour": ("县文化广播电视和旅游局",),
    "health": ("县卫生健康局",), "safe": ("县应急管理局",), "mkt": ("县市场监督管理局",),
    "gov": ("县行政审批局", "县政务服务中心"), "edu": ("县教育和体育局",), "police": ("县公安局",),
    "civil": ("县民政局",), "justice": ("县司法局",), "med": ("县医疗保障局",), "stat": ("县统计局",),
    "urbanmgmt": ("县综合行政执法局",), "water": ("县水利局",), "finoffice": ("县金融工作服务中心",),
    "invest": ("县投资促进中心",), "sport": ("县教育和体育局",), "fire": ("县消防救援大队",),
    "tax": ("国家税务总局{x}税务局",), "pbc": ("中国人民银行{x}支行",), "customs": ("{c}海关",),
    "power": ("{x}供电公司",), "court": ("县人民法院",),
    "counties": ("各乡镇人民政府", "各乡镇人民政府（街道办事处）"), "direct": ("县直有关单位",),
}

# a district of a big city, or a county-level city: 区/市 take the place of 县
DISTRICT = {k: tuple(v.replace("县", "区") for v in vs) for k, vs in COUNTY.items()}
DISTRICT["counties"] = ("各街道办事处", "各镇人民政府、街道办事处")
DISTRICT["direct"] = ("区直有关单位",)

LEVELS = {"city": CITY, "province": PROVINCE, "county": COUNTY, "district": DISTRICT}

# which units lead a topic's tasks (first ones most often) and which usually help
TOPIC_UNITS = {
    "biz": ("dev", "mkt", "gov", "tax", "land", "build", "court", "justice", "customs", "fin"),
    "gov": ("gov", "dev", "mkt", "police", "civil", "stat", "direct"),
    "ind": ("ind", "dev", "tech", "fin", "land", "invest", "power", "eco"),
    "tech": ("tech", "ind", "edu", "hr", "fin", "finoffice", "pbc"),
    "cons": ("com", "mkt", "fin", "tour", "urbanmgmt", "agri", "trans"),
    "rural": ("agri", "land", "water", "trans", "fin", "civil", "build", "counties"),
    "eco": ("eco", "water", "build", "urbanmgmt", "agri", "dev", "ind", "land"),
    "urban": ("build", "land", "urbanmgmt", "water", "fin", "dev", "power"),
    "traffic": ("trans", "police", "build", "land", "dev", "fin", "power"),
    "edu": ("edu", "dev", "fin", "hr", "land", "build"),
    "health": ("health", "med", "civil", "fin", "dev", "hr", "sport"),
    "safe": ("safe", "build", "mkt", "police", "trans", "fire", "eco", "water"),
    "jobs": ("hr", "civil", "edu", "fin", "finoffice", "agri"),
    "tour": ("tour", "com", "fin", "land", "trans", "sport"),
    "open": ("com", "invest", "customs", "dev", "ind", "fin", "tax"),
    "fin": ("finoffice", "pbc", "fin", "dev", "ind", "mkt"),
}

AREA_TITLES = {
    "biz": "持续优化营商环境", "gov": "提升政务服务效能", "ind": "推动制造业高质量发展",
    "tech": "增强科技创新能力", "cons": "全面促进消费", "rural": "全面推进乡村振兴",
    "eco": "加强生态环境保护", "urban": "提升城市建设管理水平", "traffic": "完善综合交通体系",
    "edu": "办好人民满意的教育", "health": "推进健康城市建设", "safe": "统筹发展和安全",
    "jobs": "兜牢民生保障底线", "tour": "推动文化旅游融合发展", "open": "扩大高水平对外开放",
    "fin": "提升金融服务实体经济能力",
}

GROUP_TITLES = {
    "biz": ("深化商事制度改革", "降低企业经营成本", "强化法治保障"),
    "gov": ("推进政务服务标准化", "深化数据共享应用", "提升基层服务能力"),
    "ind": ("壮大先进制造业", "推动产业转型升级", "优化产业发展环境"),
    "tech": ("强化企业创新主体地位", "建设创新平台", "集聚创新人才"),
    "cons": ("培育消费新场景", "完善商业网络", "优化消费环境"),
    "rural": ("夯实农业基础", "建设和美乡村", "深化农村改革"),
    "eco": ("深入打好污染防治攻坚战", "推动绿色低碳发展", "加强生态保护"),
    "urban": ("实施城市更新", "完善住房保障", "提升城市管理"),
    "traffic": ("建设对外通道", "优化城市交通", "提升运输服务"),
    "edu": ("扩大优质教育资源", "深化教育改革", "加强教师队伍建设"),
    "health": ("优化医疗资源布局", "强化公共卫生", "发展健康服务"),
    "safe": ("强化安全生产", "提升应急能力", "守牢民生安全"),
    "jobs": ("稳定扩大就业", "健全社会保障", "完善养老服务"),
    "tour": ("丰富文旅产品", "繁荣文化事业", "提升服务品质"),
    "open": ("稳外贸稳外资", "精准招商引资", "建设开放平台"),
    "fin": ("扩大金融供给", "拓宽融资渠道", "防范金融风险"),
}

LEADERS = ("王建国", "李红梅", "张卫东", "刘志强", "陈晓燕", "杨海涛", "赵文斌", "黄立新",
           "周振华", "吴丽萍", "徐明远", "孙国庆", "胡春生", "朱红霞", "高建军", "林秋实",
           "何志刚", "郭晓峰", "马永宁", "罗雪梅")
