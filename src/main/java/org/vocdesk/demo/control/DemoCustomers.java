package org.vocdesk.demo.control;

import org.vocdesk.customer.entity.CustomerData;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Thirty customers, Chinese and foreign, with contacts and phones; codes C0001 to C0030. */
final class DemoCustomers {

    /** name, contact, city or street address, phone, mail domain, language. */
    private record Entry(String name, String contact, String address, String phone, String domain, Lang lang) {
    }

    private static final List<Entry> ENTRIES = List.of(
            zh("苏州恒达精密机械有限公司", "张伟", "江苏省苏州市工业园区星湖街88号", "0512-6258 3301", "hengda-precision.cn"),
            zh("上海新锐电子科技有限公司", "李娜", "上海市闵行区莘庄工业区春东路508号", "021-5488 1207", "xinrui-tech.cn"),
            zh("宁波东方汽车零部件有限公司", "王磊", "浙江省宁波市北仑区长江路1166号", "0574-8617 2290", "dongfang-auto.cn"),
            en("Acme Industrial Components Ltd.", "John Smith", "12 Trafford Park Road, Manchester M17 1AB, UK", "+44 161 555 0123", "acme-industrial.co.uk"),
            zh("深圳华兴智能设备有限公司", "刘敏", "广东省深圳市宝安区福永街道凤凰路36号", "0755-2730 6618", "huaxing-smart.cn"),
            zh("东莞市宏信五金制品厂", "陈刚", "广东省东莞市长安镇振安中路128号", "0769-8553 0142", "hongxin-hardware.cn"),
            en("Nordic Motion Systems AB", "Erik Lindqvist", "Industrivägen 7, 418 78 Göteborg, Sweden", "+46 31 555 0190", "nordicmotion.se"),
            zh("杭州天诚电气有限公司", "杨帆", "浙江省杭州市余杭区五常大道181号", "0571-8861 4453", "tiancheng-electric.cn"),
            zh("无锡博远自动化系统有限公司", "赵静", "江苏省无锡市新吴区长江北路99号", "0510-8521 7736", "boyuan-auto.cn"),
            en("Pacific Rim Electronics Inc.", "Linda Chen", "2450 Zanker Road, San Jose, CA 95131, USA", "+1 408 555 0147", "pacificrim-elec.com"),
            zh("青岛海润家电配件有限公司", "黄勇", "山东省青岛市黄岛区前湾港路579号", "0532-8697 2210", "hairun-parts.cn"),
            zh("天津北方重工机械有限公司", "周涛", "天津市滨海新区泰达大街56号", "022-6621 3879", "beifang-heavy.cn"),
            en("Bavaria Automotive Parts GmbH", "Thomas Weber", "Industriestraße 21, 85049 Ingolstadt, Germany", "+49 841 555 0172", "bavaria-autoparts.de"),
            zh("成都蓉兴医疗器械有限公司", "吴婷", "四川省成都市高新区天府大道中段666号", "028-8531 4408", "rongxing-med.cn"),
            zh("武汉长江动力设备有限公司", "徐明", "湖北省武汉市东西湖区金山大道210号", "027-8389 1652", "changjiang-power.cn"),
            en("Great Lakes Appliance Co.", "Michael Brown", "1800 Industrial Parkway, Toledo, OH 43612, USA", "+1 419 555 0168", "greatlakes-appliance.com"),
            zh("常州金泰塑胶有限公司", "孙超", "江苏省常州市武进区湖塘镇长虹路15号", "0519-8665 2037", "jintai-plastic.cn"),
            zh("佛山美嘉照明电器有限公司", "马丽", "广东省佛山市南海区狮山镇科技大道3号", "0757-8668 9021", "meijia-lighting.cn"),
            en("Sunrise Medical Devices Pte. Ltd.", "Priya Nair", "25 Tuas South Avenue 2, Singapore 637456", "+65 6555 0139", "sunrise-meddev.sg"),
            zh("厦门鹭岛新能源科技有限公司", "朱军", "福建省厦门市集美区杏林湾路488号", "0592-6217 5540", "ludao-energy.cn"),
            zh("南京汇通仪表有限公司", "胡斌", "江苏省南京市江宁区将军大道159号", "025-5210 7783", "huitong-meter.cn"),
            en("Atlas Power Tools LLC", "David Miller", "400 Commerce Drive, Charlotte, NC 28273, USA", "+1 704 555 0115", "atlas-powertools.com"),
            zh("重庆渝安摩托车配件有限公司", "郭强", "重庆市九龙坡区西彭工业园区8号", "023-6530 2216", "yuan-moto.cn"),
            zh("合肥瑞丰电子有限公司", "何洁", "安徽省合肥市经开区芙蓉路677号", "0551-6383 4419", "ruifeng-elec.cn"),
            en("Maple Leaf Controls Inc.", "Sarah Wilson", "55 Steelcase Road West, Markham, ON L3R 2T1, Canada", "+1 905 555 0183", "mapleleaf-controls.ca"),
            zh("温州立信阀门有限公司", "林峰", "浙江省温州市龙湾区永强大道2368号", "0577-8688 1905", "lixin-valve.cn"),
            zh("昆山精工模具有限公司", "高翔", "江苏省昆山市开发区前进东路1288号", "0512-5763 8812", "jinggong-mould.cn"),
            en("Southern Cross Mining Equipment Pty Ltd", "James Taylor", "18 Kewdale Road, Welshpool WA 6106, Australia", "+61 8 5550 1274", "southerncross-mining.com.au"),
            zh("西安秦川精密仪器有限公司", "罗欣", "陕西省西安市高新区锦业路69号", "029-8831 6627", "qinchuan-instrument.cn"),
            en("Iberia Lighting S.L.", "Carlos García", "Calle de la Industria 14, 28823 Coslada, Madrid, Spain", "+34 91 555 0161", "iberia-lighting.es"));

    private DemoCustomers() {
    }

    static int count() {
        return ENTRIES.size();
    }

    static String code(int index) {
        return String.format("C%04d", index + 1);
    }

    static Lang lang(int index) {
        return ENTRIES.get(index).lang();
    }

    static String contact(int index) {
        return ENTRIES.get(index).contact();
    }

    static String phone(int index) {
        return ENTRIES.get(index).phone();
    }

    static List<CustomerData> generate(Random random) {
        List<CustomerData> customers = new ArrayList<>();
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry e = ENTRIES.get(i);
            String email = (e.lang() == Lang.EN ? "quality" : "service") + "@" + e.domain();
            String notes = e.lang() == Lang.ZH ? "演示数据" : "Demo data";
            customers.add(new CustomerData(code(i), e.name(), e.address(), e.phone(), e.contact(), email,
                    random.nextInt(41), notes));
        }
        return customers;
    }

    private static Entry zh(String name, String contact, String address, String phone, String domain) {
        return new Entry(name, contact, address, phone, domain, Lang.ZH);
    }

    private static Entry en(String name, String contact, String address, String phone, String domain) {
        return new Entry(name, contact, address, phone, domain, Lang.EN);
    }
}
