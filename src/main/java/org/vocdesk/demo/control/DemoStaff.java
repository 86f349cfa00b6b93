package org.vocdesk.demo.control;

import org.vocdesk.identity.entity.Role;

import java.util.List;
import java.util.Set;

/**
 * The demo organisation: quality, production and sales &amp; service, with a user for every role. The quality
 * manager (品管部经理) is also the manager of the quality department, as in the procedures.
 */
public final class DemoStaff {

    public static final String QA = "QA";
    public static final String PROD = "PROD";
    public static final String SALES = "SALES";

    public static final String CLERK = "clerk";
    public static final String QUALITY_MANAGER = "quality";
    public static final String GENERAL_MANAGER = "gm";

    static final List<DemoDepartment> DEPARTMENTS = List.of(
            new DemoDepartment(QA, "品管部 Quality", QUALITY_MANAGER),
            new DemoDepartment(PROD, "生产部 Production", "manager.prod"),
            new DemoDepartment(SALES, "市场部 Sales & Service", "manager.sales"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser(CLERK, "王芳 Wang Fang", "wang.fang@demo.vocdesk.example", SALES, Set.of(Role.CLERK)),
            new DemoUser("handler.qa", "李强 Li Qiang", "li.qiang@demo.vocdesk.example", QA, Set.of(Role.HANDLER)),
            new DemoUser("handler.prod", "赵磊 Zhao Lei", "zhao.lei@demo.vocdesk.example", PROD, Set.of(Role.HANDLER)),
            new DemoUser("handler.sales", "陈静 Chen Jing", "chen.jing@demo.vocdesk.example", SALES, Set.of(Role.HANDLER)),
            new DemoUser("manager.prod", "刘洋 Liu Yang", "liu.yang@demo.vocdesk.example", PROD, Set.of(Role.DEPARTMENT_MANAGER)),
            new DemoUser("manager.sales", "孙丽 Sun Li", "sun.li@demo.vocdesk.example", SALES, Set.of(Role.DEPARTMENT_MANAGER)),
            new DemoUser(QUALITY_MANAGER, "周建国 Zhou Jianguo", "zhou.jianguo@demo.vocdesk.example", QA,
                    Set.of(Role.QUALITY_MANAGER, Role.DEPARTMENT_MANAGER)),
            new DemoUser(GENERAL_MANAGER, "吴志明 Wu Zhiming", "wu.zhiming@demo.vocdesk.example", null, Set.of(Role.GENERAL_MANAGER)),
            new DemoUser("auditor", "Sarah Miller", "sarah.miller@demo.vocdesk.example", null, Set.of(Role.AUDITOR)));

    private DemoStaff() {
    }

    /** The handler of a department: the one who investigates complaints assigned to it. */
    public static String handlerOf(String departmentCode) {
        return "handler." + departmentCode.toLowerCase(java.util.Locale.ROOT);
    }
}
