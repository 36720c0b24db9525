package vn.theodoi.ingest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts of money as texts write them, each with the value, currency, bound and words it takes, written by hand. */
class MoneyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text                                            | words found                | amount          | currency | bound
        "thiệt hại hơn 1.000 tỷ đồng cho Nhà nước          | hơn 1.000 tỷ đồng          | 1000000000000   | VND | MORE_THAN",
        "còn nhận 2,5 triệu USD của doanh nghiệp            | 2,5 triệu USD              | 2500000         | USD | ",
        "đã nộp khắc phục 350 triệu đồng.                   | 350 triệu đồng             | 350000000       | VND | ",
        "nộp lại 1 tỷ 200 triệu đồng                        | 1 tỷ 200 triệu đồng        | 1200000000      | VND | ",
        "kê biên tài sản trị giá khoảng 1.100 tỷ đồng       | khoảng 1.100 tỷ đồng       | 1100000000000   | VND | ABOUT",
        "thất thoát gần 87 tỷ đồng chưa thu hồi             | gần 87 tỷ đồng             | 87000000000     | VND | NEARLY",
        "thu hồi trên 45.000 tỷ đồng                        | trên 45.000 tỷ đồng        | 45000000000000  | VND | MORE_THAN",
        "gây thiệt hại hơn 1.000 tỷ, dư luận quan tâm       | hơn 1.000 tỷ               | 1000000000000   | VND | MORE_THAN",
        "tổng cộng 3 nghìn tỷ đồng                          | 3 nghìn tỷ đồng            | 3000000000000   | VND | ",
        "số tiền 8,6 tỷ đồng                                | 8,6 tỷ đồng                | 8600000000      | VND | ",
        "nhận 15.000.000 đồng tiền bồi dưỡng                | 15.000.000 đồng            | 15000000        | VND | ",
        "chuyển ra nước ngoài gần 12 triệu đô la Mỹ         | gần 12 triệu đô la Mỹ      | 12000000        | USD | NEARLY",
        "số dư lên tới 500 triệu VNĐ                        | lên tới 500 triệu VNĐ      | 500000000       | VND | UP_TO",
        "khoản vay 40 nghìn EUR                             | 40 nghìn EUR               | 40000           | EUR | ",
    })
    void anAmountWithItsCurrencyAndBound(String text, String words, String amount, String currency, String bound) {
        List<Token> tokens = Tokens.of(text);
        List<MoneyMention> found = Money.find(tokens);

        assertThat(found).hasSize(1);
        MoneyMention money = found.get(0);
        assertThat(text.substring(tokens.get(money.from()).start(), tokens.get(money.to() - 1).end())).isEqualTo(words);
        assertThat(money.amount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(money.currency()).isEqualTo(currency);
        assertThat(money.qualifier()).isEqualTo(bound);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"khởi tố 18 vụ án với 42 bị can", "2 triệu người dân được hỗ trợ", "Nghị quyết số 27",
        "thời hạn 3 tháng", "năm 2026", "trong 10 ngày", "3.000 hóa đơn khống", "gần 4 tháng lẩn trốn"})
    void numbersThatAreNoMoney(String text) {
        assertThat(Money.find(Tokens.of(text))).isEmpty();
    }
}
