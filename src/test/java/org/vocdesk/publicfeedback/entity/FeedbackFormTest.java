package org.vocdesk.publicfeedback.entity;

import jakarta.persistence.Column;
import jakarta.validation.ConstraintValidatorContext;
import org.vocdesk.platform.entity.Text;
import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.platform.control.Messages;

import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form's own rules. The unit-test class path has no Bean Validation provider (the server brings it),
 * so the contact rule is called directly and the size limits are compared with the complaint's columns.
 */
class FeedbackFormTest {

    @Test
    void withANameOrCompanyAndAPhoneOrEmailTheContactIsComplete() {
        assertThat(contactErrors(form("张三", null, "13800000000", null, false))).isEmpty();
        assertThat(contactErrors(form(null, "某某汽车零部件有限公司", null, "li@example.com", false))).isEmpty();
    }

    @Test
    void withoutAnonymityANameOrCompanyAndAPhoneOrEmailAreNeeded() {
        assertThat(contactErrors(form(null, " ", null, "", false)))
                .containsEntry("name", "{public.error.nameRequired}")
                .containsEntry("phone", "{public.error.contactRequired}")
                .hasSize(2);
        assertThat(contactErrors(form("张三", null, null, null, false))).containsOnlyKeys("phone");
        assertThat(contactErrors(form(null, null, "1", null, false))).containsOnlyKeys("name");
    }

    @Test
    void anonymousFeedbackNeedsNoContact() {
        assertThat(contactErrors(form(null, null, null, null, true))).isEmpty();
    }

    @Test
    void everyLimitFitsTheComplaintColumnItIsStoredIn() throws Exception {
        assertThat(max("name") + " (".length() + max("company") + ")".length()).isLessThanOrEqualTo(column("contactName"));
        assertThat(max("phone")).isLessThanOrEqualTo(column("contactPhone"));
        assertThat(max("email")).isLessThanOrEqualTo(column("contactEmail"));
        assertThat(max("product")).isLessThanOrEqualTo(column("product"));
        assertThat(max("orderNo")).isLessThanOrEqualTo(column("orderNo"));
        assertThat(max("batchNo")).isLessThanOrEqualTo(column("batchNo"));
        assertThat(max("description")).isEqualTo(5000).isLessThanOrEqualTo(column("customerWords"));
    }

    @Test
    void theContactNameJoinsNameAndCompany() {
        FeedbackForm longest = new FeedbackForm(FeedbackType.COMPLAINT, 1L, "n".repeat(45), "c".repeat(50), "1", null, false,
                null, null, null, "text", null, null);
        assertThat(longest.contactName()).hasSize(98).isEqualTo("n".repeat(45) + " (" + "c".repeat(50) + ")");
        assertThat(form(" 张三 ", null, "1", null, false).contactName()).isEqualTo("张三");
        assertThat(form(null, " ACME ", "1", null, false).contactName()).isEqualTo("ACME");
        assertThat(form(null, null, null, null, true).contactName()).isNull();
    }

    @Test
    void urgencyDefaultsToMediumAndTheHoneypotIsEmptyWhenBlank() {
        assertThat(form("n", null, "1", null, false).urgencyOrDefault()).isEqualTo(Urgency.MEDIUM);
        assertThat(form("n", null, "1", null, false).honeypotFilled()).isFalse();
    }

    @Test
    void everyPublicTextExistsInBothLanguages() throws Exception {
        Properties english = bundle("/i18n/public.properties");
        Properties chinese = bundle("/i18n/public_zh_CN.properties");
        assertThat(chinese.keySet()).isEqualTo(english.keySet());
        for (var field : FeedbackForm.class.getRecordComponents()) {
            for (var annotation : field.getAccessor().getDeclaringClass().getDeclaredField(field.getName()).getAnnotations()) {
                String template = (String) annotation.annotationType().getMethod("message").invoke(annotation);
                assertThat(english).as(field.getName()).containsKey(template.substring(1, template.length() - 1));
            }
        }
        for (String key : new String[]{"public.error.nameRequired", "public.error.contactRequired", "public.error.tooFast",
                "public.error.rateLimited"}) {
            assertThat(Messages.has(key)).as(key).isTrue();
            assertThat(Messages.get(Messages.CHINESE, key, 3)).as(key).isNotEqualTo(Messages.get(Messages.ENGLISH, key, 3));
        }
        for (FeedbackType type : FeedbackType.values()) {
            assertThat(english).containsKey("public.type." + type);
        }
        for (Urgency urgency : Urgency.values()) {
            assertThat(english).containsKey("public.urgency." + urgency);
        }
    }

    private static Properties bundle(String path) throws Exception {
        Properties properties = new Properties();
        try (var in = FeedbackFormTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static int max(String component) throws NoSuchFieldException {
        return FeedbackForm.class.getDeclaredField(component).getAnnotation(Text.class).max();
    }

    private static int column(String field) throws NoSuchFieldException {
        return Complaint.class.getDeclaredField(field).getAnnotation(Column.class).length();
    }

    private static FeedbackForm form(String name, String company, String phone, String email, boolean anonymous) {
        return new FeedbackForm(FeedbackType.COMPLAINT, 1L, name, company, phone, email, anonymous, null, null, null, "text", null, null);
    }

    /** Runs the contact rule with a context that records field -> message template. */
    private static Map<String, String> contactErrors(FeedbackForm form) {
        Map<String, String> errors = new TreeMap<>();
        String[] template = new String[1];
        ConstraintValidatorContext context = recorder(ConstraintValidatorContext.class, errors, template);
        new ContactGivenValidator().isValid(form, context);
        return errors;
    }

    /** A fake of any builder interface of the context: every call answers a fake of its return type. */
    private static <T> T recorder(Class<T> type, Map<String, String> errors, String[] template) {
        return type.cast(Proxy.newProxyInstance(FeedbackFormTest.class.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "buildConstraintViolationWithTemplate" -> template[0] = (String) args[0];
                case "addPropertyNode" -> errors.put((String) args[0], template[0]);
                default -> { }
            }
            Class<?> answer = method.getReturnType();
            return answer.isInterface() ? recorder(answer, errors, template) : answer == boolean.class ? Boolean.FALSE : null;
        }));
    }
}
