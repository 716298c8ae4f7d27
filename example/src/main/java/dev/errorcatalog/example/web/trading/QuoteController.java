package dev.errorcatalog.example.web.trading;

import dev.errorcatalog.example.web.Require;
import dev.errorcatalog.upstream.SystemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /quotes?from=USD&to=BTC&amount=250}: what {@code amount} of {@code from} buys of {@code to}.
 *
 * <ul>
 * <li>101002 BAD_REQUEST (400): a parameter is missing, or the amount is not a number
 * <li>101004 INVALID_DATA (422): the amount is not positive, a symbol is not 3 to 5 capital
 * letters, or from and to are the same
 * <li>300501 UNABLE_TO_FETCH_QUOTE (502): the price feed does not know a symbol (e.g. DOGE)
 * </ul>
 */
@RestController
public class QuoteController {

    /** A quote: {@code amount} of {@code from} is {@code converted} of {@code to}, at {@code rate}. */
    public record Quote(String from, String to, BigDecimal amount, BigDecimal rate, BigDecimal converted) {
    }

    private final Prices prices;

    public QuoteController(Prices prices) {
        this.prices = prices;
    }

    @GetMapping("/quotes")
    public Quote quote(@RequestParam String from, @RequestParam String to, @RequestParam BigDecimal amount) {
        Require.positive(amount);
        if (Require.asset(from).equals(Require.asset(to))) {
            throw SystemException.invalidData();
        }
        BigDecimal rate = prices.usd(from).divide(prices.usd(to), 8, RoundingMode.DOWN);
        return new Quote(from, to, amount, rate, amount.multiply(rate).setScale(8, RoundingMode.DOWN));
    }
}
