package org.vocdesk.demo.control;

import java.util.List;
import java.util.Map;

import static org.vocdesk.demo.control.Bilingual.of;

/**
 * The words of the demo records, in Chinese and English, drawn from the kinds of problems in the quality
 * procedures the product replaces: packaging damage, cracked housings, late or short delivery, service
 * attitude, billing errors, technical trouble, and some praise, suggestions and inquiries.
 */
final class DemoTexts {

    static final List<Bilingual> COMPLAINTS = List.of(
            t("PRODUCT_QUALITY", "收到的{product}外壳有裂纹,抽检{qty}件中发现多件在螺丝柱处开裂,无法装配,请尽快处理。",
                    "The {product} units we received have cracked housings: several of the {qty} pieces we sampled are split at the screw bosses and cannot be assembled."),
            t("PRODUCT_QUALITY", "{product}表面划伤、毛刺严重,与封样不一致,我司来料检验判定整批不合格。",
                    "Heavy scratches and burrs on the {product}, not matching the approved sample; our incoming inspection rejected the whole lot."),
            t("PRODUCT_QUALITY", "批次{batch}的{product}尺寸超差,卡扣装不进去,我们的装配线被迫停线。",
                    "Batch {batch} of {product} is out of tolerance: the snap fits do not engage and our assembly line had to stop."),
            t("PRODUCT_QUALITY", "{product}使用两周后出现异响并发热,终端用户已退回{qty}台。",
                    "{product} makes a noise and runs hot after two weeks in use; end users have returned {qty} units."),
            t("PRODUCT_QUALITY", "{product}铭牌印刷模糊,部分标签脱落,客户验货时提出异议。",
                    "The rating plates on the {product} are blurred and some labels peel off; our customer objected at inspection."),
            t("PACKAGING_LOGISTICS", "到货的{product}外包装纸箱破损严重,内部产品有磕碰,共{qty}件。",
                    "The cartons of {product} arrived badly crushed; {qty} pieces inside are dented."),
            t("PACKAGING_LOGISTICS", "托盘没有缠绕膜固定,运输途中倒塌,部分{product}包装破损受潮。",
                    "The pallets were not stretch-wrapped and collapsed in transit; several {product} boxes are torn and wet."),
            t("PACKAGING_LOGISTICS", "包装内缺少防静电袋和干燥剂,{product}到货时已受潮生锈。",
                    "No anti-static bags or desiccant in the packaging; the {product} arrived damp with rust spots."),
            t("DELIVERY", "订单{order}约定本周一交货,至今未到,影响我方生产计划。",
                    "Order {order} was due on Monday and has still not arrived; the delay is holding up our production plan."),
            t("DELIVERY", "订单{order}交货延迟一周,物流信息一直不更新,催了多次都没有明确答复。",
                    "Delivery of order {order} is a week late, the tracking is not updated and nobody gives us a clear date."),
            t("DELIVERY", "订单{order}到货数量短少:装箱单{qty}件,实收少了两箱。",
                    "Short shipment on order {order}: the packing list says {qty} pieces but two cartons are missing."),
            t("DELIVERY", "发错货:订单{order}订的是{product},收到的型号不对。",
                    "Wrong item shipped: order {order} was for {product} and we received a different model."),
            t("SERVICE", "客服热线打了三次都没人接,留言也没有回电,服务态度太差。",
                    "We called your hotline three times without an answer and nobody called back. Very poor service."),
            t("SERVICE", "上门服务的工程师态度冷淡,没把问题解释清楚就离开了。",
                    "The field engineer was dismissive and left without explaining what was wrong."),
            t("SERVICE", "业务员答应的回复时间一再推迟,对我们的问题不重视。",
                    "Your sales representative keeps postponing the answer he promised; our problem is clearly not taken seriously."),
            t("PRICE", "本月报价比上季度上涨15%,事先没有任何通知,请说明调价原因。",
                    "This month's quotation is 15% higher than last quarter without any notice; please explain the increase."),
            t("PRICE", "同型号{product}给我们的报价比市场价高,请核实价格。",
                    "We were quoted more for {product} than the market price for the same model; please check."),
            t("TECHNICAL", "{product}与我方控制系统通讯不稳定,偶发掉线,需要技术支持。",
                    "{product} loses communication with our controller from time to time; we need technical support."),
            t("TECHNICAL", "按说明书设置参数后{product}仍然报警,技术资料与实物不符。",
                    "The {product} still raises an alarm after setting the parameters as in the manual; the documentation does not match the product."),
            t("TECHNICAL", "{product}固件升级后无法启动,请尽快提供解决方案。",
                    "After the firmware update the {product} no longer starts; please advise urgently."),
            t("PAYMENT", "发票金额与订单{order}不一致,多收了运费,请重新开具发票。",
                    "The invoice does not match order {order}: freight was charged although it is included; please reissue it."),
            t("PAYMENT", "我司两周前已付款,贵司系统仍显示未付并一直催款。",
                    "We paid two weeks ago but your system still shows the invoice as open and keeps sending reminders."),
            t("PAYMENT", "对账单重复计费,同一批货收了两次钱。",
                    "The statement bills the same shipment twice."),
            t("ACCOUNT_ORDER", "网上订单{order}提交后一直显示处理中,无法修改数量。",
                    "Online order {order} has been 'processing' for days and we cannot change the quantity."),
            t("ACCOUNT_ORDER", "订单{order}被系统自动取消,没有收到任何通知。",
                    "Order {order} was cancelled by your system without any notice."),
            t("SAFETY_INJURY", "工人拆包时被{product}外壳的锋利边缘划伤手指,要求说明原因并整改。",
                    "An operator cut a finger on a sharp edge of the {product} housing while unpacking; we want an explanation and a fix."),
            t("SAFETY_INJURY", "{product}使用中冒烟,险些引起火灾,请立即派人调查。",
                    "A {product} started smoking in use and nearly caused a fire; send someone to investigate immediately."),
            t("OTHER", "贵司送货车辆在我厂区消防通道停车,影响通行。",
                    "Your delivery trucks park in the fire lane of our site."),
            t("OTHER", "多次索取{product}的RoHS检测报告,至今没有提供。",
                    "We have asked several times for the RoHS test report of {product}, still nothing."));

    /** The product problems that can stop a customer's line or put a batch on hold (major quality problems). */
    static final List<Bilingual> SEVERE = COMPLAINTS.subList(0, 4);

    static final List<Bilingual> PRAISE = List.of(
            t("SERVICE", "感谢贵司工程师周末加班帮我们解决{product}的问题,服务非常专业。",
                    "Many thanks to your engineer who came on a Saturday to sort out the {product}; very professional."),
            t("PRODUCT_QUALITY", "最近几批{product}质量稳定,我们的来料合格率明显提高,特此表扬。",
                    "The last batches of {product} were consistently good and our incoming rejection rate has dropped. Well done."),
            t("DELIVERY", "紧急订单{order}提前两天交货,帮了我们大忙,谢谢!",
                    "The rush order {order} arrived two days early and saved our schedule. Thank you!"),
            t("SERVICE", "客服王小姐耐心细致,很快帮我们处理了换货,非常满意。",
                    "Ms Wang at your service desk was patient and arranged the replacement quickly. Very satisfied."));

    static final List<Bilingual> SUGGESTIONS = List.of(
            t("PACKAGING_LOGISTICS", "建议{product}改用可循环周转箱包装,减少纸箱破损。",
                    "Please consider returnable crates for {product} instead of cartons, to avoid crushed boxes."),
            t("PRODUCT_QUALITY", "希望每批货随附出厂检验报告,方便我们来料检验。",
                    "It would help if every lot came with its outgoing inspection report."),
            t("ACCOUNT_ORDER", "建议开通订单在线查询,能实时看到发货进度。",
                    "An online order tracker showing the shipping progress would save us many calls."),
            t("TECHNICAL", "建议{product}说明书增加故障代码对照表。",
                    "Please add a table of fault codes to the {product} manual."));

    static final List<Bilingual> INQUIRIES = List.of(
            t("TECHNICAL", "请问{product}的最小起订量和交货周期是多少?",
                    "What are the minimum order quantity and the lead time for {product}?"),
            t("OTHER", "想了解{product}的保修政策和三包范围。",
                    "Could you explain the warranty terms (repair, replacement, refund) for {product}?"),
            t("TECHNICAL", "请提供{product}的最新技术规格书。",
                    "Please send the latest datasheet of {product}."),
            t("PAYMENT", "请问是否可以改为月结60天付款?",
                    "Could we move to payment at 60 days end of month?"));

    static final Bilingual KEY_DETAILS = of("受影响数量{qty}件,批号{batch},订单号{order}。",
            "{qty} pcs affected, batch {batch}, order {order}.");
    static final Bilingual PRODUCTION_STOP = of("客户产线因此停线约4小时。", "The customer's line stood still for about 4 hours.");
    static final Bilingual BATCH_ON_HOLD = of("整批{qty}件已被客户冻结待处理。", "The whole batch of {qty} pcs is on hold at the customer.");
    static final Bilingual REPEAT_PREFIX = of("再次反馈:", "Again: ");

    static final List<Bilingual> TRIAGE_COMMENTS = List.of(
            of("有效投诉,转责任部门分析原因并制定纠正措施。", "Valid; the responsible department analyses the cause and proposes corrective action."),
            of("确认为有效投诉,请按期回复客户。", "Confirmed as valid; reply to the customer within the deadline."),
            of("有效,需进行5Why分析。", "Valid; a 5-Why analysis is needed."));
    static final Bilingual MAJOR_TRIAGE = of("重大质量问题,已通知总经理,启动8D。", "Major quality problem: general manager informed, 8D started.");

    static final List<Bilingual> FIRST_REPLIES = List.of(
            of("已电话联系客户,确认问题,告知将在规定时间内给出处理方案。", "Called the customer, confirmed the problem and promised a solution within the deadline."),
            of("已邮件回复客户,说明已安排调查并隔离库存。", "Replied by e-mail: investigation arranged and stock quarantined."),
            of("已与客户联系人沟通,索取了照片和批号信息。", "Spoke with the customer's contact and asked for photos and the batch number."));

    static final List<Bilingual> INVESTIGATION_STARTS = List.of(
            of("开始原因分析(5Why/鱼骨图),已隔离可疑库存并安排挑选。", "Root-cause analysis started (5-Why, fishbone); suspect stock quarantined and sorted."),
            of("已成立处理小组,调取生产记录和检验记录。", "Team formed; production and inspection records pulled."),
            of("安排人员到客户现场确认问题。", "Engineer sent to the customer's site to confirm the problem."));

    static final Map<String, Bilingual> RESOLUTIONS = Map.ofEntries(
            Map.entry("PRODUCT_QUALITY", of("原因:注塑保压时间不足导致外壳应力开裂;已调整工艺参数并更新作业指导书,不良品已换货。",
                    "Cause: too short a holding-pressure time caused stress cracks; process parameters adjusted, work instruction updated, defective parts replaced.")),
            Map.entry("PACKAGING_LOGISTICS", of("原因:纸箱强度不足且未使用护角;已改用五层瓦楞纸箱加护角并缠膜,破损品已补发。",
                    "Cause: weak cartons without corner boards; switched to 5-ply cartons with corner boards and stretch wrap, damaged goods replaced.")),
            Map.entry("DELIVERY", of("原因:排产未考虑设备保养停机;已调整排产规则,发货前一天主动通知客户。",
                    "Cause: production planning ignored a maintenance stop; planning rule changed, customers are told the day before shipping.")),
            Map.entry("SERVICE", of("已对相关人员进行服务规范培训,热线增加值班人员并规定2小时内回电。",
                    "Staff trained on the service standard; more people on the hotline and call-backs within 2 hours.")),
            Map.entry("PRICE", of("已向客户说明原材料调价依据,并给予本季度价格保护。",
                    "Explained the raw-material price basis to the customer and granted price protection for this quarter.")),
            Map.entry("TECHNICAL", of("原因:通讯协议版本不一致;已提供新固件并到现场验证通过。",
                    "Cause: mismatched protocol versions; new firmware supplied and verified on site.")),
            Map.entry("PAYMENT", of("原因:开票时误加运费;已作废并重开发票,开票流程增加复核。",
                    "Cause: freight added by mistake when invoicing; invoice cancelled and reissued, invoicing now double-checked.")),
            Map.entry("ACCOUNT_ORDER", of("原因:系统库存同步失败;已修复接口并人工处理该订单。",
                    "Cause: the stock synchronisation failed; interface fixed and the order handled manually.")),
            Map.entry("SAFETY_INJURY", of("原因:外壳去毛刺工序漏做;已增加去毛刺检验点,书面致歉并承担医疗费用。",
                    "Cause: the deburring step was skipped; deburring check added, written apology sent and medical costs covered.")),
            Map.entry("OTHER", of("已与物流商沟通规范停车,并提供了所需资料。",
                    "Carrier instructed on parking; the requested documents were provided.")));
    static final Bilingual PRAISE_RESOLUTION = of("已感谢顾客,并在部门早会上作为优秀案例分享。",
            "Thanked the customer and shared it at the department meeting as a good example.");
    static final Bilingual SUGGESTION_RESOLUTION = of("建议已评审并纳入改进计划,已告知顾客。",
            "Suggestion reviewed and added to the improvement plan; customer informed.");
    static final Bilingual INQUIRY_RESOLUTION = of("已答复顾客所需信息并发送相关资料。", "Answered the customer and sent the documents.");

    static final List<Bilingual> CONFIRMATIONS = List.of(
            of("顾客电话确认问题已解决,对处理结果满意。", "Customer confirmed by phone that the problem is solved; satisfied."),
            of("顾客邮件确认关闭,基本满意。", "Customer confirmed the closure by e-mail; basically satisfied."),
            of("回访确认:顾客同意结案。", "Follow-up call: the customer agrees to close."));

    static final List<Bilingual> INVALID_REASONS = List.of(
            of("经调查为承运商野蛮装卸造成,非我司责任,已协助顾客向物流公司索赔。",
                    "Caused by rough handling by the carrier, not by us; we helped the customer claim from the carrier."),
            of("顾客未按说明书安装使用导致,已告知正确的使用方法。",
                    "Caused by installation not following the manual; the customer was shown the correct use."),
            of("经核实为顾客仓储条件(受潮)造成,已说明并提供存储建议。",
                    "Caused by the customer's storage conditions (damp); explained and storage advice given."));

    private DemoTexts() {
    }

    private static Bilingual t(String category, String zh, String en) {
        return new Bilingual(category, zh, en);
    }
}
