package dev.errorcatalog.realworld.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.realworld.UpstreamFiles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The WeChat Open Platform's return codes through the generated API: -1, 0 and 4 to 7 digits, Chinese messages. */
class WeChatOpenCatalogTest {

    private static final String SOURCE = "wechat-open/WxOpenErrorMsgEnum.java";

    /** The enum constants that are not commented out: name, code, message as written in Java. */
    private static List<String[]> constants() {
        return UpstreamFiles.matches(SOURCE, "^[ \\t]+(CODE_\\d+)\\((-?\\d+), \"((?:[^\"\\\\]|\\\\.)*)\"\\)[,;]$");
    }

    @Test
    void holdsEveryCodeOfTheEnum() {
        List<String[]> constants = constants();
        assertEquals(1832, constants.size());
        assertEquals(constants.size(), WeChatOpenErrors.all().size());
        for (String[] constant : constants) {
            WeChatOpenError error = WeChatOpenErrors.of(Integer.parseInt(constant[1]));
            assertEquals(constant[0], error.name());
            if (!constant[2].contains("\\")) {
                // message() is the template: a literal brace stays doubled there, as in the catalog
                assertEquals(constant[2].replace("{", "{{").replace("}", "}}"), error.message(), constant[0]);
            }
        }
    }

    @Test
    void findsMinusOneZeroAndCodesOfEveryLength() {
        assertSame(GeneralError.CODE_1, WeChatOpenErrors.of(-1));
        assertEquals("系统繁忙，此时请开发者稍候再试", WeChatOpenErrors.of(-1).message());
        assertSame(GeneralError.CODE_0, WeChatOpenErrors.of(0));
        assertEquals("请求成功", GeneralError.CODE_0.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("POST参数非法", WeChatOpenErrors.of(1003).message());
        assertEquals(40001, WeChatOpenErrors.find("CODE_40001").orElseThrow().code());
        assertEquals(9410003, WeChatOpenErrors.all().get(WeChatOpenErrors.all().size() - 1).code());
        assertEquals(-1, WeChatOpenErrors.all().get(0).code());
        assertEquals(Optional.empty(), WeChatOpenErrors.find(-2));
        assertEquals(Optional.empty(), WeChatOpenErrors.find(Integer.MIN_VALUE));
        assertEquals(Optional.empty(), WeChatOpenErrors.find(Integer.MAX_VALUE));
        assertEquals(Optional.empty(), WeChatOpenErrors.find(85016 + 100000));
    }

    @Test
    void bracesAndBackslashesOfTheSourceStayLiteral() {
        assertEquals("不合法的请求字符，不能包含 \\uxxxx 格式的字符", WeChatOpenErrors.of(40033).message());
        assertEquals(List.of(), WeChatOpenErrors.of(53014).parameters());
        assertTrue(WeChatOpenErrors.of(53014).message().startsWith("公众号：公众号已有{{名称  A+}}时"));
        String thrown = FiveDigit5Exception.code53014().getMessage();
        assertTrue(thrown.contains("公众号已有{名称  A+}时"), thrown);
        assertEquals("update_type 不正确,请使用\"bind\" 或者“unbind”", WeChatOpenErrors.of(9300517).message());
    }

    @Test
    void categoriesFollowTheCodesShapeAndNest() {
        assertSame(WeChatOpenCategory.GENERAL, WeChatOpenErrors.categoryOf(-1).orElseThrow());
        assertSame(WeChatOpenCategory.FOUR_DIGIT, WeChatOpenErrors.categoryOf(1003).orElseThrow());
        assertSame(WeChatOpenCategory.FIVE_DIGIT_4, WeChatOpenErrors.categoryOf(45083).orElseThrow());
        assertSame(WeChatOpenCategory.FIVE_DIGIT, WeChatOpenCategory.FIVE_DIGIT_4.parent().orElseThrow());
        assertSame(WeChatOpenCategory.FIVE_DIGIT, WeChatOpenErrors.categoryOf(10000).orElseThrow());
        assertSame(WeChatOpenCategory.SEVEN_DIGIT, WeChatOpenErrors.of(9001001).category());
        assertEquals(Optional.empty(), WeChatOpenErrors.categoryOf(-2));
        int perCategory = 0;
        for (WeChatOpenCategory category : WeChatOpenCategory.values()) {
            perCategory += category.errors().size();
        }
        assertEquals(1832, perCategory);
    }

    @Test
    void factoriesThrowNegativeAndZeroCodes() {
        assertEquals(-1, GeneralException.code1().code());
        assertEquals(0, GeneralException.code0().code());
        assertEquals(9410003, SevenDigitException.code9410003().code());
        WeChatOpenException e = WeChatOpenErrors.of(40001).exception();
        assertTrue(e.getMessage().contains("40001"), e.getMessage());
    }
}
