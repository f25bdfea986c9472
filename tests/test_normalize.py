"""Normalize: pinyin, traditional script, punctuation, page chrome, wrapped titles, offset map."""
import pytest
from conftest import seed_text

from etl.metrics import extract_metrics
from etl.normalize import is_chrome_line, normalize


@pytest.mark.parametrize("original, expected", [
    ("2024年,我局堅(jiān)持以習(xí)近平", "2024年，我局坚持以习近平"),
    ("法治政府建設(shè)實(shí)施綱(gāng)要", "法治政府建设实施纲要"),
    ("（法规处牵头,各有关处室负责）", "（法规处牵头，各有关处室负责）"),
    ("(2023-2025年)", "（2023-2025年）"),
    ("共１２件，占８５％", "共12件，占85%"),
    ("发布日期:2024-03-01 14:32:50", "发布日期：2024-03-01 14:32:50"),
    ("共1,200件", "共1,200件"),
])
def test_normalize_sentences(original, expected):
    assert normalize(original).text == expected


def test_simplified_text_keeps_its_characters():
    # a simplified document is not run through t2s: a brand like 三昇 must survive for the spam check
    assert normalize("中共中央、三昇体育《法治政府建设实施纲要》").text == "中共中央、三昇体育《法治政府建设实施纲要》"


def test_acronyms_in_brackets_are_not_pinyin():
    assert normalize("世界贸易组织(WTO)和数据(data)").text == "世界贸易组织（WTO）和数据（data）"


def test_qingyuan_pinyin_count_and_map():
    original = seed_text("001")
    n = normalize(original)
    assert sum(1 for f in n.fixes if f.issue == "pinyin_annotations") == 715
    assert n.traditional
    assert "(jiān)" not in n.text and "堅" not in n.text
    k = n.text.index("办理行政许可案件61件")
    s, e = n.to_orig(k, k + len("办理行政许可案件61件"))
    assert original[s:e].startswith("辦") and original[s:e].endswith("61件")
    assert normalize(original[s:e]).text == "办理行政许可案件61件"
    k = n.text.index("坚持以习近平")
    assert original[slice(*n.to_orig(k, k + 2))] == "堅(jiān)持"


def test_shandong_chrome_stripped_once():
    n = normalize(seed_text("002"))
    blocks = [f for f in n.fixes if f.issue == "web_boilerplate"]
    assert len(blocks) == 1 and "字体放大" in blocks[0].example
    assert "字体" not in n.text[-200:] and "相关信息" not in n.text
    assert n.text.rstrip().endswith("防患未然。")


def test_gansu_title_joined_and_file_name_dropped():
    n = normalize(seed_text("003"))
    assert "\n贯彻落实工信部《法治政府建设实施纲要（2015-2020年）>实施方案》实施细则\n" in n.text
    assert [f.issue for f in n.fixes].count("broken_title") == 1
    assert not n.text.rstrip().endswith(".pdf")
    assert [f.issue for f in n.fixes].count("file_artifact") == 1


@pytest.mark.parametrize("line, chrome", [
    ("字体", True), ("  • 字体放大", True), ("分享", True), ("相关信息", True),
    ("首页 > 政务公开 > 法治政府建设", True), ("版权所有：某某市人民政府", True),
    ("（一）深入学习贯彻习近平法治思想。", False), ("打印机采购项目", False), ("", False),
    ("您所在的位置：首页 >> 信息公开 >> 法定主动公开内容", True), ("首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流", True),
    ("【打印本页】　【关闭窗口】　【返回顶部】", True), ("上一篇：宜昌市司法局2022年法治政府建设年度报告", True),
    ("欢迎访问攀枝花市交通运输局网站！ 无障碍浏览 长者模式 繁體", True), ("首页机构概况政府信息公开政务服务互动交流", True),
    ("请输入关键词 搜索", True), ("首页要做好的工作是什么。", False),
    ("【字体：大 中 小】 【打印】 【关闭】", True), ("分享到：微信 微博 QQ空间", True), ("扫一扫在手机打开当前页", True),
    ("行政许可 | 行政处罚 | 行政检查", False), ("一是完善制度｜二是强化执法｜三是加强监督｜四是深化普法｜五是优化服务。", False),
    ("主办：某市人民政府办公室　承办：某市大数据中心", True), ("点击蓝字 关注我们", True), ("点个在看你最好看", True),
    ("来源：常州司法  编辑：张三  审核：李四", True), ("来源于群众的意见建议，均已办结。", False),
    ("原创　浏阳市场监管　2024-07-12 17:36　湖南", True), ("分享　收藏　👍 点赞　💬 在看", True),
    ("原创作品征集活动共收到投稿86件。", False),
])
def test_chrome_lines(line, chrome):
    assert is_chrome_line(line) is chrome


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_offset_map_points_at_same_characters(prefix):
    original = seed_text(prefix)
    n = normalize(original)
    assert len(n.orig_index) == len(n.text)
    for i in range(0, len(n.text), 37):
        o = n.orig_index[i]
        ch, och = n.text[i], original[o]
        assert ch == och or n.traditional or (och in ",:;()?!\t" and ch in "，：；（）？！ ")


def test_text_wrapped_to_a_page_width_reads_as_sentences():
    wrapped = ("某市应急管理局2023年法治政府建设工作情况报告\n\n一、主要工作成效\n"
               "（一）化解纠纷.全年本局作为被申请人的行政复\n议案件3件，全部维持.收到政府信息公开申请\n"
               "8件，均按期答复.全年接待群众来访\n26批次.\n（二）加强培训.组织全系统执法人员参加法治\n专题培训3次.\n\n"
               "某市应急管理局\n2024年2月20日\n")
    norm = normalize(wrapped)
    assert "行政复议案件3件，全部维持。收到政府信息公开申请8件，均按期答复。全年接待群众来访26批次。" in norm.text
    assert "参加法治专题培训3次" in norm.text and "\n（二）" in norm.text and "某市应急管理局\n2024年2月20日" in norm.text
    k = norm.text.index("议案件")
    assert wrapped[norm.to_orig(k, k + 3)[0]:][:3] == "议案件"


def test_a_wrapped_line_ending_in_a_quote_or_a_unit_joins_when_it_is_as_full_as_the_page():
    wrapped = ("某省住房和城乡建设厅2022年度法治政府建设工作报告\n\n一、主要成效\n"
               "　　（一）深入开展普法宣传。落实“谁执法谁普法”责任制，全年组\n"
               "织开展各类普法宣传活动，推动形成办事依法、遇事找法的良好氛围\n"
               "，全省住建系统普法工作取得明显成效。全年组织“送法进工地”\n"
               "等活动320场，举办全省住建系统行政执法人员培训班2期，培训执\n"
               "法人员1,200余人次。以省住建厅为被申请人的行政复议案件27件。\n"
               "全年审核规范性文件（含厅机关文件）15件，作出行政处罚38件\n"
               "，以省住建厅\n为被申请人的复议案件27件。\n\n某省住房和城乡建设厅\n2023年1月10日\n")
    text = normalize(wrapped).text
    assert "全年组织“送法进工地”等活动320场" in text
    # a short line ending in a unit's name, a title and a signature stay lines
    assert "以省住建厅\n为被申请人" in text and "工作报告\n" in text and "某省住房和城乡建设厅\n2023年" in text


def test_a_signature_date_is_never_joined_to_the_line_after_it():
    wrapped = ("　　2025年，我局将重点做好以下工作：一是深化涉企行政检查规范化建设，力\n"
               "争涉企检查频次再压减10%以上；二是全年组织执法人员法治培训不少于4期，\n"
               "开展旁听庭审不少于2次；三是加强规范性文件动态清理，确保清理率100%。\n\n"
               "嘉兴市市场监督管理局\n2025年1月20日\n（联系电话：0573-82063315）\n")
    text = normalize(wrapped).text
    assert "力争涉企检查" in text and "\n2025年1月20日\n（联系电话" in text


def test_an_indented_first_line_with_chinese_quotes_is_as_full_as_the_page():
    # “ and ” print as wide as a character, and the first line's indent takes two of the page's characters
    wrapped = (
        '\u3000\u3000二、存在的不足\n'
        '\u3000\u3000一是落实“谁执法谁普法”责任还不到位，全年组织的普法宣传活动共计\n'
        '45场，覆盖面仍然不广；二是基层执法人员专业能力与新业态监管需求不相匹\n'
        '配；三是个别案件办理质量不高，案卷评查中仍发现程序瑕疵问题。\n'
        '\u3000\u3000三、2025年工作打算\n'
        '\u3000\u30002025年，我局将重点做好以下工作：一是深化涉企行政检查规范化建设，力\n'
        '争涉企检查频次再压减10%以上；二是全面落实轻微违法不予处罚清单，推动清\n'
        '单向知识产权、计量等领域延伸；三是全年组织执法人员法治培训不少于4期，\n'
        '开展旁听庭审不少于2次；四是加强规范性文件动态清理，确保清理率100%。\n'
    )
    assert "普法宣传活动共计45场" in normalize(wrapped).text


def test_a_table_row_measured_in_ten_thousands_lined_up_with_spaces_is_a_row():
    text = normalize("某区2025年度法治政府建设情况的报告\n指标名称                计量单位      2024年      2025年      同比\n"
                     "12345热线工单             万件          10.3        12.6     22.3%\n").text
    assert "12345热线工单\t万件\t10.3\t12.6\t22.3%" in text


def test_a_meta_line_keeps_its_fields_and_loses_the_page_s_widgets():
    norm = normalize("# 某区应急管理局2024年法治政府建设年度报告\n\n> 发布日期：2025-01-24　来源：某区应急管理局　【字体：大 中 小】\n\n"
                     "2024年，我局办理行政许可637件。\n")
    assert "\n发布日期：2025-01-24 来源：某区应急管理局\n" in norm.text and "字体" not in norm.text
    assert [f.issue for f in norm.fixes] == ["web_boilerplate"]


def test_a_site_s_top_bar_opening_with_today_s_date_is_chrome():
    assert is_chrome_line("2025年03月26日 星期三 无障碍浏览 手机版 用户中心")
    assert not is_chrome_line("2025年3月26日 星期三")  # a signature's date with its weekday stays
    assert not is_chrome_line("2025年03月26日 星期三 全县办理行政许可1200件")


def test_a_task_table_lined_up_with_spaces_becomes_tab_rows():
    original = ("一、重点任务分工\n\n序号　重点任务　　　　　　　　　　　责任股室　　　　　　完成时限\n"
                "1　　学法用法和国家工作人员学法考试　办公室　　　　　　　2024年12月\n"
                "2　　规范性文件管理和重大行政决策　　政策法规股　　　　　持续推进\n\n二、其他\n")
    text = normalize(original).text
    assert ("序号\t重点任务\t责任股室\t完成时限\n1\t学法用法和国家工作人员学法考试\t办公室\t2024年12月\n"
            "2\t规范性文件管理和重大行政决策\t政策法规股\t持续推进\n") in text
    # lines that do not have the header's cells are no rows of it
    prose = "序号　工作任务　牵头单位\n1　推进依法行政　加强制度建设　法规科　年底前\n"
    assert "\t" not in normalize(prose).text


def test_stray_characters_only_ever_traditional_become_simplified():
    text = "某市城市管理局2023年度法治政府建设情况的报告\n一、主要工作\n" + "全年办理行政处罚案件58件。" * 20
    original = text + "以我局为被申请人的行政復議案件2件。李昇同志主持。乾县。\n"
    norm = normalize(original)
    assert "行政复议案件2件" in norm.text and "李昇同志" in norm.text and "乾县" in norm.text
    assert not norm.traditional and len(norm.text) == len(original)


def test_html_entities_left_in_a_text_become_their_characters():
    norm = normalize("一、主要工作\n&nbsp;&nbsp;（二）严格执法。开展行政检查&nbsp;216次，&lt;说明&gt;&amp;附表&#12288;。\n")
    assert "\n  （二）严格执法。开展行政检查 216次，<说明>&附表 。" in norm.text
    k = norm.text.index("216次")
    before = "一、主要工作\n&nbsp;&nbsp;（二）严格执法。开展行政检查&nbsp;"
    assert norm.to_orig(k, k + 4) == (len(before), len(before) + 4)


def test_a_space_between_digit_groups_is_a_thousands_separator():
    text = normalize("办理行政许可1 024件，受理工单3 618余件，罚款12 345 678元，2023年 1 月，共 12 项。").text
    assert "1,024件" in text and "3,618余件" in text and "12,345,678元" in text and "2023年 1 月，共 12 项" in text


def test_a_thousands_comma_ending_a_wrapped_line_still_groups_the_digits():
    text = normalize("全年共办理各类行政许可5,\n236件，其中食品经营许可3,108件、药品零售经\n营许可216件，分别为5,\n12项。").text
    assert "行政许可5,236件" in text and "分别为5，" in text


def test_pdf_copies_keep_decimals_wrapped_apart_dash_rows_of_spaced_tables_and_one_line_menus():
    wrapped = ("    2023年，在市委、市政府和县委的坚强领导下，龙游县人民政府坚持\n以习近平新时代中国特色社会主义思想为指导，"
               "深入学习贯彻党的二十大精神\n和习近平法治思想，统筹推进法治政府建设。县行政服务中心全年办理行政\n许可事项12.\n"
               "36万件，“一窗受理”率达100%。全县各级人民调解组织调处矛盾纠纷\n8612件，调解成功率98.\n7%，全年开展普法活动320余场。\n")
    text = normalize(wrapped).text
    assert "许可事项12.36万件" in text and "调解成功率98.7%" in text
    table = ("2023年全县主要数据如下表：\n  序号   指标名称                 计量单位    2023年\n"
             "  1      行政检查                 次          3,108\n  2      行政复议申请             件          —\n"
             "  3      行政应诉案件             件          57\n")
    assert "行政复议申请\t件\t—" in normalize(table).text
    page = "首页 信息公开 纳税服务 互动交流\n某局2024年工作要点\n一、总体要求\n相关链接：国家税务总局四川省税务局 四川省人民政府\n"
    assert normalize(page).text.split("\n") == ["某局2024年工作要点", "一、总体要求", ""]


def test_a_title_broken_inside_a_word_is_flagged_and_one_broken_between_words_is_not():
    cut = normalize("龙游县人民政府关于2023年度法治政府建设情\n况的报告\n\n衢州市人民政府：\n")
    whole = normalize("龙游县人民政府关于2023年度法治政府建设\n情况的报告\n\n衢州市人民政府：\n")
    assert cut.text.startswith("龙游县人民政府关于2023年度法治政府建设情况的报告\n") and whole.text == cut.text
    assert [f.issue for f in cut.fixes] == ["broken_title"] and [f.issue for f in whole.fixes] == []


def test_pdf_text_letter_spacing_document_numbers_rosters_and_notes_broken_after_their_bracket():
    head = ("浙药监法〔2023〕4号\n浙 江 省 药 品 监 督 管 理 局\n2022年 法 治 政 府 建 设 年 度 报 告\n"
            "赣商务法字〔2025〕3号\n 江西省商务厅\n2024年法治政府建设年度报告\n")
    body = (" 为深入贯彻落实习近平法治思想和区委十一届六次全会精神\n，持续推进商务领域法治政府建设，根据《建阳区2024年法治政\n"
            "府建设工作要点》，结合我局实际，制定本工作要点。\n"
            " （一）优化法治化营商环境。严格落实公平竞争审查制度，\n新出台涉企政策文件开展公平竞争审查；健全涉企诉求快速\n"
            "响应机制，及时协调解决外贸企业急难愁盼问题。（牵头股室：\n综合股、外经贸股）\n"
            " （二）严格规范商务执法。全面落实行政执法“三项制度”\n，对辖区单用途商业预付卡发卡企业、报废机动车回收企业等开\n"
            "展“双随机、一公开”抽查不少于20家，推行包容审慎监管。（\n牵头股室：市场运行股）\n"
            "附件\n法治政府建设工作领导小组成员名单\n组 长：王×× 局党组书记、局长\n副组长：李×× 局党组成员、副局长\n")
    norm = normalize(head + body)
    lines = norm.text.split("\n")
    assert lines[:5] == ["浙药监法〔2023〕4号", "浙江省药品监督管理局", "2022年法治政府建设年度报告", "赣商务法字〔2025〕3号",
                         " 江西省商务厅"]
    assert "急难愁盼问题。（牵头股室：综合股、外经贸股）\n" in norm.text
    assert "推行包容审慎监管。（牵头股室：市场运行股）\n" in norm.text
    assert lines[-4:-1] == ["法治政府建设工作领导小组成员名单", "组 长：王×× 局党组书记、局长", "副组长：李×× 局党组成员、副局长"]
    assert not [f for f in norm.fixes if f.issue in ("broken_title", "missing_words")]


def test_a_two_character_name_spaced_to_its_column_s_width_is_one_cell():
    text = ("表1  2024年各县区行政复议和行政应诉案件情况\n县  区      行政复议案件（件）   行政诉讼案件（件）\n"
            "浚    县           126                  58\n淇滨区            143                  77\n全    市           366                 176\n")
    assert normalize(text).text.split("\n")[1:5] == [
        "县区\t行政复议案件（件）\t行政诉讼案件（件）", "浚县\t126\t58", "淇滨区\t143\t77", "全市\t366\t176"]


def test_a_menu_led_by_the_site_s_name_and_a_bracketed_font_size_widget_are_chrome():
    norm = normalize("合肥市农业农村局 首页 信息公开 政务服务 互动交流 专题专栏\n\n合肥市农业农村局2023年度法治政府建设工作报告\n"
                     "发布日期：2025-01-27 来源：市体育局 字号：[ 大 中 小 ]\n2023年，我局办理行政许可1,086件。\n")
    assert norm.text.split("\n")[:3] == ["合肥市农业农村局2023年度法治政府建设工作报告", "发布日期：2025-01-27 来源：市体育局", "2023年，我局办理行政许可1,086件。"]
    assert {f.issue for f in norm.fixes} == {"web_boilerplate"}


def test_markdown_and_wechat_markup_reads_as_plain_text():
    original = ("点击蓝字 关注我们\n# 某市市场监管局2023年法治政府建设工作报告\n\n## 一、主要成效\n"
                "**（一）严格规范执法。**全年办理案件12件。\n- 行政许可：1,234件\n"
                "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 行政检查（次） | 11,020 | 12,085 |\n\n"
                "02 | 2024年工作打算\n一.加强学法\n十一．深化改革\n2.5万件\n- 3 -\n"
                "来源：常州司法  编辑：张三  审核：李四\n")
    norm = normalize(original)
    assert norm.text.split("\n") == [
        "某市市场监管局2023年法治政府建设工作报告", "", "一、主要成效", "（一）严格规范执法。全年办理案件12件。",
        "行政许可：1,234件", "指标\t2022年\t2023年", "行政检查（次）\t11,020\t12,085", "", "二、2024年工作打算",
        "一、加强学法", "十一、深化改革", "2.5万件", ""]
    assert "web_boilerplate" in {f.issue for f in norm.fixes}
    k = norm.text.index("12,085")
    assert original[norm.to_orig(k, k + 6)[0]:][:6] == "12,085"


def test_printed_page_numbers_go_and_the_sentence_they_cut_joins():
    pdf = ("某区城市管理和综合执法局2022年法治政府建设年度报告\n"
           "　　2022年，区城市管理和综合执法局（以下简称“区城管和综\n合执法局”）坚持以习近平法治思想为\n"
           "指导，全年开展行政检查21,430次，作出行政处罚决定1,236\n\n— 1 —\n\n"
           "宗，罚没款412.8万元。组织执法人员法治培训6期，全年办理行政\n复议案件5件。\n\n第 2 页 共 2 页\n")
    norm = normalize(pdf)
    assert "作出行政处罚决定1，236宗，罚没款" in norm.text.replace("1,236", "1，236")
    assert "区城管和综合执法局" in norm.text and "行政复议案件5件" in norm.text
    assert "—" not in norm.text and "页" not in norm.text
    assert not [f for f in norm.fixes if f.issue == "broken_title"]  # a wrap inside brackets is no broken title
    k = norm.text.index("宗，罚没款")
    assert pdf[norm.to_orig(k, k + 5)[0]:][:5] == "宗，罚没款"


def test_a_running_header_printed_on_every_page_goes_with_the_page_numbers():
    pdf = ("芜湖市市场监督管理局　　　　　　2023年法治政府建设年度报告\n\n芜湖市市场监督管理局\n2023年度法治政府建设工作报告\n\n"
           "　　全年制定行政规范性文件2件，对局重大行政决策、规范性\n文件、合同协议等开展合法性审\n\n- 1 -\n\n"
           "芜湖市市场监督管理局　　　　　　2023年法治政府建设年度报告\n\n核93件，开展公平竞争审查157件。组织开展市场监管领域规范\n"
           "性文件清理，共清理规范性文件46件，废止5件。\n\n- 2 -\n")
    norm = normalize(pdf)
    assert norm.text.startswith("芜湖市市场监督管理局\n2023年度法治政府建设工作报告\n")
    assert "开展合法性审核93件，开展公平竞争审查157件" in norm.text and "年度报告\n\n核" not in norm.text
    assert norm.text.count("芜湖市市场监督管理局") == 1


def test_a_running_header_that_repeats_the_title_or_the_unit_leaves_the_title_and_the_signature():
    pdf = ("芜湖市税务局2023年度法治税务建设情况报告\n一、主要成效\n（一）强化学法用法。局党委理论学习中心组集体学法6次，局\n"
           "务会议会前学法10次，举办法治讲座3次，组织执法人员法治培\n\n— 1 —\n\n芜湖市税务局2023年度法治税务建设情况报告\n\n"
           "训5期、旁听庭审1次，开展税法宣传活动146场，全年办理信访\n事项26件。\n\n芜湖市税务局\n2024年1月29日\n\n— 2 —\n\n"
           "芜湖市税务局2023年度法治税务建设情况报告\n")
    text = normalize(pdf).text
    assert text.startswith("芜湖市税务局2023年度法治税务建设情况报告\n一、主要成效")
    assert text.count("情况报告") == 1 and "组织执法人员法治培训5期" in text and "\n芜湖市税务局\n2024年1月29日" in text


def test_a_numbered_line_as_full_as_the_page_is_a_wrap_too():
    pdf = ("某市税务局2023年度法治税务建设情况报告\n一、主要成效\n（一）强化学法用法。局党委理论学习中心组集体学法6次，局\n"
           "务会议会前学法10次，举办法治讲座3次，组织执法人员法治培\n训5期。\n"
           "（二）严格规范执法，全市税务系统全年作出税务行政处罚决定\n2,486件，其中适用简易程序2,104件、一般程序382件，抽查纳\n"
           "税人298户。\n（三）依法化解争议\n")
    text = normalize(pdf).text
    assert "全年作出税务行政处罚决定2,486件" in text and "\n（三）依法化解争议" in text


def test_bare_page_numbers_counting_the_pages_go_but_a_figure_on_its_own_line_stays():
    pdf = ("某市税务局2023年度法治税务建设情况报告\n一、主要成效\n局党委理论学习中心组集体学法6次，局务会议会前学法10次，举办法治讲座\n"
           "3次，组织执法人员法治培训5期、旁听庭审1次，开展税法宣传活动146场。全年办理信访\n\n1\n\n"
           "某市税务局2023年度法治税务建设情况报告\n\n事项26件，办理12345热线工单1,048件，政协委员提案7件，发布政策解读\n"
           "37篇，公开政府信息1,215条，收到政府信息公开申请12件。\n\n2\n")
    text = normalize(pdf).text
    assert "全年办理信访事项26件" in text and "\n1\n" not in text and text.count("情况报告") == 1
    table = "指标\t2023年\n行政复议（件）\n3\n行政诉讼（件）\n5\n"
    assert normalize(table).text == table  # 3 then 5: figures, not pages


@pytest.mark.parametrize("line", ["— 3 —", "-3-", "－ 12 －", "第3页", "第 3 页 共 12 页", "3/12", "· 3 ·"])
def test_page_number_lines(line):
    assert normalize(f"一、工作成效\n全年办理案件5件。\n{line}\n二、存在问题\n").text == \
        "一、工作成效\n全年办理案件5件。\n二、存在问题\n"


@pytest.mark.parametrize("line", ["2023-2025", "— 以上为第一部分 —", "第3页内容见附件", "1/2以上的单位"])
def test_lines_that_only_look_like_page_numbers_stay(line):
    text = f"全年办理案件5件。\n{line}\n"
    assert normalize(text).text == text


def test_a_table_lined_up_with_spaces_reads_as_a_tab_separated_one():
    pdf = ("某局2022年法治政府建设年度报告\n　　2022年，全年开展行政检查21,430次，作出行政处罚决定1,236宗，投诉举报及\n"
           "信访办理情况见表1，各项工作有序推进，取得了\n明显成效。\n"
           "类别                       2021年       2022年      同比\n"
           "12345热线工单（件）        38,210       43,065      12.7%\n"
           "信访事项（件）             312          287         -8.0%\n")
    norm = normalize(pdf)
    assert "类别\t2021年\t2022年\t同比\n12345热线工单（件）\t38,210\t43,065\t12.7%\n信访事项（件）\t312\t287\t-8.0%" \
        in norm.text.replace("38，210", "38,210")
    k = norm.text.index("\t287")
    assert pdf[norm.to_orig(k + 1, k + 4)[0]:][:3] == "287"
    assert "取得了明显成效" in norm.text


def test_lines_of_a_name_and_a_figure_are_neither_wrapped_nor_prose():
    # enough lines without a full stop to count as text wrapped to a page width, none of them a wrap
    doc = ("某市城市管理局2023年法治政府建设工作报告\n\n2023年，我局坚持依法行政，现将主要数据报告如下：\n\n"
           "行政处罚案件数（件）：236\n12345热线工单办理量：1.2万件\n主动公开政府信息：1280条\n"
           "“双随机、一公开”抽查企业（家次）：6936\n行政复议案件：3件\n")
    text = normalize(doc).text
    assert "行政处罚案件数（件）\t236\n12345热线工单办理量：1.2万件\n主动公开政府信息：1280条\n" in text
    assert "“双随机、一公开”抽查企业（家次）\t6936\n行政复议案件：3件" in text
    found = extract_metrics(text, doc_type="report", year=2023, target_spans=())
    assert {(m.code, m.value) for m in found} >= {("penalty_cases", 236), ("hotline_cases", 12000),
                                                  ("proactive_disclosures", 1280), ("random_check_entities", 6936),
                                                  ("reconsideration_cases", 3)}


def test_a_space_aligned_table_with_serial_numbers_and_a_unit_column():
    text = ("某局2023年工作报告\n序号    指标                      2022年      2023年\n1       行政许可办理量（件）      138         153\n"
            "2       行政处罚决定（件）         42          37\n指标名称      计量单位    2022年    2023年\n行政检查     次     138     153\n")
    assert normalize(text).text.split("\n")[1:6] == [
        "序号\t指标\t2022年\t2023年", "1\t行政许可办理量（件）\t138\t153", "2\t行政处罚决定（件）\t42\t37",
        "指标名称\t计量单位\t2022年\t2023年", "行政检查\t次\t138\t153"]


@pytest.mark.parametrize("line", ["某市司法局        2024年1月5日", "一、主要成效  二、存在问题", "全年办理案件  5件",
                                  "联系人：张明    电话：12345678"])
def test_lines_with_wide_gaps_that_are_no_table_rows_keep_their_spaces(line):
    assert normalize(f"正文。\n{line}\n").text == f"正文。\n{line}\n"


def test_a_menu_one_link_a_line_and_the_related_links_are_page_chrome():
    page = ("首页\n\n机构概况\n\n政务公开\n\n专题专栏\n\n湖南省交通运输厅关于2023年法治政府建设工作情况的报告\n\n"
            "2023年，全年办理行政许可4.86万件。\n\n相关链接\n\n湖南省交通运输厅2024年法治政府建设工作要点\n\n"
            "湖南省交通运输厅2022年法治政府建设年度报告\n")
    norm = normalize(page)
    assert norm.text.strip() == "湖南省交通运输厅关于2023年法治政府建设工作情况的报告\n\n2023年，全年办理行政许可4.86万件。"
    assert {f.issue for f in norm.fixes} == {"web_boilerplate"}


@pytest.mark.parametrize("line", ["【打印本页】【关闭窗口】", "主办：佛山市住房和城乡建设局　地址：佛山市禅城区季华五路22号"])
def test_page_footers(line):
    assert normalize(f"正文。\n{line}\n").text == "正文。\n"


def test_short_lines_of_a_document_are_not_a_menu():
    text = "一、主要成效\n加强领导\n完善制度\n规范执法\n强化监督\n二、存在问题\n"
    assert normalize(text).text == text


@pytest.mark.parametrize("raw, text", [
    ("抽查经营主体１，２０５家，主动公开政府信息1，320条。", "抽查经营主体1,205家，主动公开政府信息1,320条。"),
    ("全年办理许可1O8件，学法l2次，作出处罚决定l,036件，公开信息1,6O5条。",
     "全年办理许可108件，学法12次，作出处罚决定1,036件，公开信息1,605条。"),
    ("依据ISO9001标准，办理5件，其中1，2月各2件。", "依据ISO9001标准，办理5件，其中1，2月各2件。"),
    ("公开信息２OO条，许可１OO件，办复率１OO％，学法2l次，OA系统，Win1O。", "公开信息200条，许可100件，办复率100%，学法21次，OA系统，Win1O。"),
    ("\u2003\u2003（一）严格规范执法。", "  （一）严格规范执法。"),
    ("设为首页 | 加入收藏 | 无障碍浏览 | English\n某局2023年工作报告\n", "某局2023年工作报告\n"),
])
def test_digits_as_typed_or_scanned_and_other_spaces(raw, text):
    assert normalize(raw).text == text


def test_whole_paragraphs_and_headings_are_not_joined():
    text = ("关于印发《某县2024年法治政府建设工作要点》的通知\n某政办发〔2024〕15号\n一、加强党的领导，压实法治建设责任\n"
            "县委常委会每年听取法治政府建设工作汇报不少于2次。\n坚持依法决策，提升决策质量\n严格落实重大行政决策程序。\n")
    assert normalize(text).text == text


def test_a_title_cut_inside_its_last_word_is_joined_and_flagged():
    norm = normalize("某市司法局关于2023年度法治政府建设工作情况的报\n告\n一、主要成效\n")
    assert norm.text.startswith("某市司法局关于2023年度法治政府建设工作情况的报告\n")
    assert [f.issue for f in norm.fixes] == ["broken_title"]


def test_a_sentence_cut_by_a_page_meets_its_other_half_past_the_furniture():
    # unwrapped text: the page number and the running header between the halves of one sentence
    text = normalize("某省审计厅2020年法治政府建设情况报告\n一、主要工作\n（一）依法化解审计争议。全年以我厅为被申请人的行政复\n— 2 —\n"
                     "某省审计厅2020年法治政府建设情况报告\n议案件1件，经复议维持原审计决定。\n（二）推进政务公开。\n\n"
                     "某省审计厅\n2021年2月3日\n").text
    assert "全年以我厅为被申请人的行政复议案件1件" in text and "\n（二）推进政务公开" in text


def test_a_footnote_and_a_footer_at_a_page_s_foot_are_page_furniture():
    text = normalize("某县人民政府2022年法治政府建设情况报告\n一、主要成效\n（一）深化放管服改革\n"
                     "动态调整权责清单，县本级权责清单共有职权事项3,412项①，其中行\n政许可事项286项。县政务服务中心全年办理行政许可1,2\n\n"
                     "① 数据截至2022年12月20日。\n\n— 1 —\n\n某县人民政府2022年法治政府建设情况报告\n\n"
                     "36件，即办件占比达到62%。\n（二）强化执法监督\n全县各行政执法部门共办理行政处罚案件2,847件，开展行政检查4,150\n次。\n").text
    assert "全年办理行政许可1,236件" in text and "数据截至" not in text
    text = normalize("某市住房和城乡建设局2024年法治政府建设年度报告\n一、主要工作及成效\n（一）严格执法\n"
                     "全年开展建筑市场和工程质量安全监督检查\n\n某市住房和城乡建设局办公室 2025年1月印发\n\n1\n\n某市住房和城乡建设局\n\n"
                     "1,326次，作出行政处罚决定87件。\n（二）推进政务公开\n全年主动公开政府信\n\n"
                     "某市住房和城乡建设局办公室 2025年1月印发\n\n2\n\n某市住房和城乡建设局\n\n息1,204条。\n").text
    assert "监督检查1,326次" in text and "政府信息1,204条" in text and "印发" not in text


def test_a_table_row_at_a_page_s_foot_stays_a_row():
    from etl.normalize import page_furniture_spans
    text = ("表1  各县区行政复议案件情况\n县  区      行政复议案件（件）\n浚    县           126\n全    市           679\n\n"
            "— 2 —\n\n以上数据由各县区报送。\n")
    [(a, b)] = page_furniture_spans(text)
    assert text[a - 1] == "\n" and text[b:].startswith("以上数据")  # the row's line break stays
    text = text.replace("全    市           679", "全市共收到行政复议申请")
    [(a, b)] = page_furniture_spans(text)
    assert text[a] == "\n" and text[b:].startswith("以上数据")  # a sentence cut by the page meets its other half


def test_unbracketed_page_widgets_after_the_posting_line_are_chrome():
    n = normalize("株洲市卫生和计划生育委员会2018年依法行政工作要点\n"
                  "发布日期：2018-03-12　　来源：政策法规处　　【字体：大 中 小】　　打印本页　　关闭窗口\n一、主要任务\n")
    assert "打印本页" not in n.text and "来源：政策法规处" in n.text
    assert any(f.issue == "web_boilerplate" for f in n.fixes)


def test_a_bilingual_menu_and_a_top_bar_in_a_table_row_are_chrome():
    from etl.normalize import is_chrome_line
    assert is_chrome_line("某县人民政府\t2024年03月05日 星期二 无障碍浏览 手机版")
    assert not is_chrome_line("某县人民政府\t2024年03月05日")  # a unit and its date are the document's
    assert not is_chrome_line("发布时间：2024-03-04")
    text = normalize("首页 باش بەت\n机构概况 ئاپپارات ئەھۋالى\n政务公开 ھۆكۈمەت ئىشلىرى\n互动交流 ئۆز-ئارا ئالاقە\n"
                     "某州司法局2022年法治政府建设情况报告\n一、主要成效\n").text
    assert text.startswith("某州司法局2022年")


def test_heading_numbers_inside_a_line_that_continue_the_numbering_start_lines():
    # glued to its section heading, after a sentence, and a whole report pasted as one line
    text = normalize("某局2025年法治政府建设工作要点\n一、全面履行职能（一）深化改革。全年办理许可。\n（二）强化监管。\n"
                     "二、完善制度（三）加强规范性文件管理。全年制定2件。（四）推进立法。\n").text
    assert "\n（一）深化改革" in text and "\n（三）加强规范性文件管理" in text and "\n（四）推进立法" in text
    one = normalize("邯郸市生态环境局2023年法治政府建设年度报告　　2023年，我局扎实推进依法行政。现将有关情况报告如下：一、主要举措和成效"
                    "（一）深化“放管服”改革。全年办理行政许可1,058件。（二）严格规范执法。全年开展行政检查3,642次，作出行政处罚案件287件。"
                    "二、2024年工作打算　　2024年，我局将举办执法人员法治培训不少于5期。　　邯郸市生态环境局 2024年1月18日").text
    assert one.split("\n")[0] == "邯郸市生态环境局2023年法治政府建设年度报告"
    assert "\n一、主要举措和成效\n（一）" in one and "\n二、2024年工作打算\n" in one and one.rstrip().endswith("\n 2024年1月18日")


def test_an_enumeration_inside_a_paragraph_stays_in_it():
    text = normalize("某局2024年法治政府建设工作要点\n一、重点任务\n（一）加强学习。重点学习：（一）宪法；（二）民法典。\n"
                     "（二）严格执法。\n").text
    assert "重点学习：（一）宪法；（二）民法典。" in text  # （一） here does not continue the items


def test_spaces_ending_a_line_do_not_enter_a_wrapped_sentence():
    text = normalize("某局2023年法治政府建设年度报告\n" + "全年线上办件3  \n8.6万件，开展劳动保障监察检查用人单位1,286户  \n次，举办法治培训不少  \n"
                     "于2期。" * 3).text
    assert "38.6万件" in text and "1,286户次" in text and "不少于2期" in text


def test_a_spaced_table_of_one_count_under_its_header_becomes_a_table():
    text = normalize("某局2023年政府信息公开工作年度报告\n第二十条第（五）项\n信息内容          本年处理决定数量\n"
                     "行政许可          1,047\n行政处罚          43\n").text
    assert "信息内容\t本年处理决定数量\n行政许可\t1,047\n行政处罚\t43" in text


def test_a_spaced_header_of_quarters_becomes_a_table_row():
    text = normalize("某局2024年法治政府建设年度报告\n项目                  一季度   二季度   三季度   四季度    全年\n"
                     "开展行政检查（次）        38       52       47       61      198\n").text
    assert "项目\t一季度\t二季度\t三季度\t四季度\t全年\n" in text


def test_a_table_cell_of_one_figure_grouped_by_spaces_is_one_number():
    text = normalize("某局2023年法治政府建设年度报告\n指标\t2022年\t2023年\n行政许可办理量（件）\t1 108\t1 286\n").text
    assert "行政许可办理量（件）\t1,108\t1,286" in text


def test_a_scan_s_spaced_out_digits_and_letters_in_prose_are_joined_but_word_gaps_and_years_stay():
    n = normalize("全年共受理办结行 政 许 可\n事 项1 2 8 6件，接待游客4 2 1 5.6万人次，承办建议1 6仵。表1 2024年情况。推进 学 法 工作。")
    assert "行政许可事项1286件" in n.text and "4215.6万人次" in n.text and "建议16件" in n.text
    assert "表1 2024年" in n.text and "推进 学 法 工作" in n.text


def test_key_figure_lines_are_never_joined_as_a_wrapped_sentence():
    text = ("某局2024年法治政府建设年度报告\n2024年，我局扎实推进法治建设。\n【数说2024】\n48件｜市政府规范性文件及政策措施合法性审核\n"
            "326家｜“法治体检”服务企业\n12次　局党委理论学习中心组集中学法\n一、主要工作\n全年工作有序推进。")
    lines = normalize(text).text.split("\n")
    assert lines[3:6] == ["48件｜市政府规范性文件及政策措施合法性审核", "326家｜“法治体检”服务企业", "12次 局党委理论学习中心组集中学法"]


def test_a_lines_emoji_or_dingbat_is_dropped_so_the_heading_it_decorates_reads():
    from etl.outline import outline

    norm = normalize("某厅2025年工作要点\n✅ 一、加强领导\n（一）落实责任。\n📌 二、严格执法\n（二）规范检查。\n🔹 上半年开展检查12次。\n")
    assert "✅" not in norm.text and "📌" not in norm.text and "\n上半年开展检查12次" in norm.text
    assert norm.text[norm.text.index("一、"):].startswith("一、加强领导")
    assert len(outline(norm.text).sections) == 2


def test_a_pdf_tables_glued_header_and_rows_with_bounds_units_and_a_lead_column_become_rows():
    text = ("某厅2025年法治政府建设工作要点\n七、强化落实\n\n序号 指标名称            计量单位 2024年完成2025年目标责任处室\n\n"
            "1  厅党组理论学习中心组集中学法   次      5     ≥4    办公室\n3      公平竞争审查       件     27     ≥30  政策法规处\n"
            "4      核发食品经营许可证      张     14,382     15,000   审批处\n")
    norm = normalize(text).text
    assert "2024年完成\t2025年目标\t责任处室" in norm
    assert "厅党组理论学习中心组集中学法\t次\t5\t≥4\t办公室" in norm and "核发食品经营许可证\t张\t14,382\t15,000\t审批处" in norm
    found = extract_metrics(norm, doc_type="plan", year=2025)
    assert [(m.code, m.value, m.kind) for m in found] == [
        ("law_study_sessions", 5, "actual"), ("law_study_sessions", 4, "target"), ("fair_competition_reviews", 27, "actual"),
        ("fair_competition_reviews", 30, "target"), ("certificates_issued", 14382, "actual"), ("certificates_issued", 15000, "target")]


def test_a_pdf_rows_serial_set_one_space_off_its_name_is_a_cell_of_its_own():
    text = ("某厅2025年法治政府建设工作要点\n七、强化落实\n\n序号 指标名称            计量单位 2024年完成2025年目标责任处室\n\n"
            "3      公平竞争审查       件     27     ≥30  政策法规处\n"
            "4 “双随机、一公开”抽查经营主体      家     284     ≥300   市场秩序处\n")
    norm = normalize(text).text
    assert "\n4\t“双随机、一公开”抽查经营主体\t家\t284\t≥300\t市场秩序处" in norm
    found = extract_metrics(norm, doc_type="plan", year=2025)
    assert [(m.code, m.value, m.kind) for m in found if m.code == "random_check_entities"] == [
        ("random_check_entities", 284, "actual"), ("random_check_entities", 300, "target")]


@pytest.mark.parametrize("raw, read", [
    ("为辖区1 2O家小微企业开展“法治体检”", "为辖区120家小微企业"),  # a glued pair and an O in a spaced run
    ("全年审查政策措施不少于1 O件", "不少于10件"),
    ("办理热线工单3，7 9 6件", "工单3,796件"),  # a full-width thousands comma before spaced digits
    ("办理热线工单1，O2 6件", "工单1,026件"),
    ("对1 5\n件政策措施开展公平竞争审查", "对15"),  # a wrap between the last digit and its measure
    ("开展“民法典进村居”等普法活动2 6扬", "普法活动26场"),  # look-alikes after a figure, and in a word
    ("收到行政复仪申请３件", "行政复议申请3件"),
    ("某局\n２０２５年１月１５曰", "2025年1月15日"),
])
def test_a_scans_spaced_digits_letter_o_full_width_commas_and_look_alikes_read_as_a_careful_reader_would(raw, read):
    assert read in normalize("某局2024年法治政府建设年度报告\n" + raw + "。\n").text


def test_a_table_cell_a_scan_spaced_out_or_misread_is_one_number_but_a_year_pair_is_not_joined():
    text = normalize("某局2024年报告\n指标\t2023年\t2024年\n行政处罚决定（件）\t7 1\t8 6\n集中学法（次）\t8\t1O\n"
                     "12345热线工单（件）\t9 4 3\t1,O2 6\n办理年度\t2023 2024\t—\n").text
    assert "行政处罚决定（件）\t71\t86" in text and "集中学法（次）\t8\t10" in text and "12345热线工单（件）\t943\t1,026" in text
    assert "2023 2024" in text


def test_capital_numerals_before_a_count_are_read_but_an_amount_of_money_stays_as_written():
    text = normalize("某局2024年报告\n收到行政复议申请贰佰零叁件，办理叁万贰仟余人次；罚款人民币壹万元整。\n").text
    assert "二百零三件" in text and "三万二千余人次" in text and "壹万元整" in text


def test_a_footer_printing_the_page_number_and_the_header_on_one_line_goes_and_the_sentence_joins():
    pdf = ("昆山市千灯镇人民政府关于2023年度法治政府建设工作情况的报告\n\n一、2023年法治政府建设工作情况\n"
           "（一）依法化解矛盾纠纷。全镇各级调解组织调处矛盾纠纷862起，调解成功率98.6%。全年以镇政府为被申请人的行政复议\n\n"
           "— 2 —　　　　　　　　千灯镇2023年度法治政府建设工作报告\n\n"
           "案件1件，经审理予以维持。全年开展普法活动96场，其中镇级组织开展\n\n— 3 —\n千灯镇2023年度法治政府建设工作报告\n\n"
           "14场；培育“法律明白人”212名。\n")
    text = normalize(pdf).text
    # the header beside the bare page number is the same words the one-line footer printed: it goes too
    assert "行政复议案件1件" in text and "其中镇级组织开展14场" in text
    assert "— 2 —" not in text and text.count("千灯镇2023年度法治政府建设工作报告") == 0
    # the header comes back with other spacing than the top line's: the same header all the same
    pdf = ("泉州市人民政府公报　　　　　　　　2024年第3期\n\n泉州市市场监督管理局\n2023年法治政府建设年度报告\n\n"
           "全市共查办各类违法案件3,148件；办理12345便民服务热线转办工\n\n— 13 —\n泉州市人民政府公报　2024年第3期\n\n单6,874件。\n")
    text = normalize(pdf).text
    assert "转办工单6,874件" in text and "公报" not in text
    # 第 1 页 共 3 页 alone is a page number, not a footer with words of its own
    assert "第 1 页" not in normalize("某局2023年法治政府建设年度报告\n全年开展检查12次。\n\n第 1 页 共 3 页\n\n全年处罚3件。\n").text


def test_a_pdf_pasted_into_a_web_page_one_printed_line_a_paragraph_joins_its_lines():
    lines = ["巩义市卫生健康委员会2024年法治政府建设工作要点", "　　2023年，我委全年办理行政许可2,146件，其中医疗机构执",
             "业登记（含校验、变更）318件；开展卫生监督检查1,652户次，", "作出卫生行政处罚决定137件，罚没款86.4万元；未发生以我委",
             "为被申请人的行政复议和行政诉讼案件。", "一、重点任务", "　　（一）深化卫生健康领域“放管服”改革。深化医疗机构执",
             "业登记、公共场所卫生许可“证照分离”改革，对不少于12个事", "项实行告知承诺；公共场所卫生许可承诺办结时限压缩至3个工",
             "作日。（牵头科室：行政审批科）"]
    text = normalize("\n\n".join(lines) + "\n").text
    assert "其中医疗机构执业登记（含校验、变更）318件" in text and "对不少于12个事项实行告知承诺" in text
    assert "\n一、重点任务\n" in text.replace("\n\n", "\n")  # a heading stays a line of its own
    # a web page of whole paragraphs with a key-figure card between blank lines is no such page
    page = "\n\n".join(["某局2024年法治政府建设年度报告", "2024年法治建设关键数据", "13.8万件全省系统办理行政许可",
                        "2.41万件全省系统查办各类违法案件", "一、主要成效"] + ["（一）深化改革。" + "全省共办理行政许可13.8万件，" * 6 + "成效明显。"] * 4)
    assert "关键数据\n\n13.8万件" in normalize(page).text


def test_a_table_pasted_one_cell_a_line_becomes_table_rows():
    cells = ["表1　2023年法治政府建设主要指标完成情况", "指标名称", "单位", "2022年", "2023年", "行政许可办理量", "件", "16,904",
             "18,536", "行政复议案件", "件", "5", "3", "二、存在的不足", "基层执法力量仍然薄弱。"]
    text = normalize("某局2023年法治政府建设年度报告\n" + "\n".join(cells) + "\n").text
    assert "指标名称\t单位\t2022年\t2023年\n行政许可办理量\t件\t16,904\t18,536\n行政复议案件\t件\t5\t3\n二、存在的不足" in text
    # a serial column, cells a paragraph each (a web page's <p>), a target with its bound
    cells = ["序号", "指标名称", "目标值", "责任科室", "1", "卫生监督检查（户次）", "≥1,800", "监督执法大队", "2",
             "主动公开政府信息（条）", "≥300", "办公室"]
    text = normalize("某委2024年法治政府建设工作要点\n\n" + "\n\n".join(cells) + "\n").text
    assert "序号\t指标名称\t目标值\t责任科室\n\n1\t卫生监督检查（户次）\t≥1,800\t监督执法大队\n\n2\t" in text
    # a list of short lines that only starts like a table stays as it is
    listing = "某局2024年工作总结\n项目\n单位\n2024年\n全年开展检查。\n"
    assert normalize(listing).text == listing


def test_a_figure_cut_by_a_page_after_its_thousands_comma_joins_as_one_figure():
    pdf = ("某局2023年法治政府建设年度报告\n全市共查办各类违法案件3,148件，其中食品安全案件1,\n\n① 数据截至2023年12月25日。\n\n— 13 —\n\n"
           "035件、价格违法案件287件。\n")
    assert "其中食品安全案件1,035件、价格违法案件287件" in normalize(pdf).text


def test_a_table_typed_with_full_width_bars_becomes_table_rows():
    text = normalize("某县市场监督管理局2024年法治政府建设工作报告\n表1　2024年行政执法主要指标\n｜指标名称｜2024年｜\n"
                     "｜行政检查（家次）｜5,032｜\n｜行政处罚案件（件）｜655｜\n").text
    assert "指标名称\t2024年\n行政检查（家次）\t5,032\n行政处罚案件（件）\t655\n" in text


def test_a_line_ending_in_a_ratio_or_one_dash_set_figure_is_no_page_footer():
    for line in ("乡镇合法性审核覆盖率　18/18", "行政复议纠错率\t3/15"):
        assert line.split("　")[0].split("\t")[0] in normalize(f"某局2024年法治政府建设年度报告\n{line}\n全年检查12次。\n").text
