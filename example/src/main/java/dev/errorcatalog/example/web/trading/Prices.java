package dev.errorcatalog.example.web.trading;

import dev.errorcatalog.example.web.Require;
import dev.errorcatalog.upstream.QuoteException;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The (pretend) price feed: USD prices of the assets it knows. */
@Component
public class Prices {

    private static final Map<String, BigDecimal> USD = Map.of(
            "USD", BigDecimal.ONE,
            "USDC", BigDecimal.ONE,
            "BTC", new BigDecimal("50000.00"),
            "ETH", new BigDecimal("2500.00"));

    /** Whether the feed has a price for the asset. */
    public boolean knows(String asset) {
        return USD.containsKey(asset);
    }

    /**
     * The USD price of one unit of the asset.
     *
     * @throws dev.errorcatalog.upstream.SystemException {@code 101004 INVALID_DATA} if the symbol is not 3 to 5 capital letters
     * @throws QuoteException {@code 300501 UNABLE_TO_FETCH_QUOTE} (502) if the feed has no price for it
     */
    public BigDecimal usd(String asset) {
        BigDecimal price = USD.get(Require.asset(asset));
        if (price == null) {
            throw QuoteException.unableToFetchQuote();
        }
        return price;
    }
}
