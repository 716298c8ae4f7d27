package dev.errorcatalog.example.web.trading;

import dev.errorcatalog.example.web.Require;
import dev.errorcatalog.example.web.accounts.Account;
import dev.errorcatalog.example.web.accounts.Accounts;
import dev.errorcatalog.example.web.accounts.KycStatus;
import dev.errorcatalog.upstream.SystemException;
import dev.errorcatalog.upstream.TradeException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /accounts/{id}/trades} with {@code {"side": "BUY", "asset": "BTC", "amount": 250}}:
 * BUY spends {@code amount} USD on the asset, SELL sells {@code amount} units of it.
 *
 * <ul>
 * <li>916001 USER_NOT_FOUND (404): no such account
 * <li>301100 UNABLE_TO_TRADE (422): the account's KYC is not approved
 * <li>301001 UNDER_RFI (422): compliance has a request for information open
 * <li>101002 BAD_REQUEST (400): the body is not JSON, or side is neither BUY nor SELL
 * <li>101004 INVALID_DATA (422): a field is missing, the amount is not positive, the asset is USD
 * <li>300501 UNABLE_TO_FETCH_QUOTE (502): no price for the asset
 * <li>301005 NOT_ENOUGH_BALANCE (422): not enough USD to buy, or not enough of the asset to sell
 * </ul>
 */
@RestController
public class TradeController {

    /** BUY or SELL. */
    public enum Side {
        BUY, SELL
    }

    /** An order. */
    public record Order(Side side, String asset, BigDecimal amount) {
    }

    /** A filled order: {@code quantity} of {@code asset} at {@code price} for {@code usd}. */
    public record Trade(String id, String accountId, Side side, String asset, BigDecimal quantity,
            BigDecimal price, BigDecimal usd, BigDecimal balance) {
    }

    private final Accounts accounts;
    private final Prices prices;
    private final AtomicLong next = new AtomicLong(1);

    public TradeController(Accounts accounts, Prices prices) {
        this.accounts = accounts;
        this.prices = prices;
    }

    @PostMapping("/accounts/{id}/trades")
    public ResponseEntity<Trade> trade(@PathVariable String id, @RequestBody Order order) {
        Account account = accounts.get(id);
        switch (account.kycStatus()) {
            case NOT_SUBMITTED -> throw TradeException.unableToTrade();
            case UNDER_RFI -> throw TradeException.underRfi();
            case APPROVED -> {
                // may trade
            }
        }
        Side side = Require.present(order.side());
        String asset = Require.asset(order.asset());
        BigDecimal amount = Require.positive(order.amount());
        if (asset.equals("USD")) {
            throw SystemException.invalidData();
        }
        BigDecimal price = prices.usd(asset);
        BigDecimal quantity;
        BigDecimal usd;
        synchronized (account) {
            if (side == Side.BUY) {
                usd = amount.setScale(2, RoundingMode.DOWN);
                quantity = amount.divide(price, 8, RoundingMode.DOWN);
                if (usd.compareTo(account.balance()) > 0) {
                    throw TradeException.notEnoughBalance();
                }
                account.settle(usd.negate(), asset, quantity);
            } else {
                quantity = amount;
                usd = amount.multiply(price).setScale(2, RoundingMode.DOWN);
                if (quantity.compareTo(account.holding(asset)) > 0) {
                    throw TradeException.notEnoughBalance();
                }
                account.settle(usd, asset, quantity.negate());
            }
        }
        Trade trade = new Trade("trade-" + next.getAndIncrement(), account.id(), side, asset, quantity, price, usd,
                account.balance());
        return ResponseEntity.created(URI.create("/accounts/" + id + "/trades/" + trade.id())).body(trade);
    }
}
