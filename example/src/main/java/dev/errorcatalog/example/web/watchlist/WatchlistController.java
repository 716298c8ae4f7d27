package dev.errorcatalog.example.web.watchlist;

import dev.errorcatalog.example.web.Require;
import dev.errorcatalog.example.web.accounts.Account;
import dev.errorcatalog.example.web.accounts.Accounts;
import dev.errorcatalog.example.web.errors.WatchlistException;
import dev.errorcatalog.example.web.trading.Prices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's watchlist: the one part of the service whose errors come from the service's own
 * catalog ({@code service-errors.yaml}, codes 701xxx) rather than the upstream one.
 *
 * <pre>
 * GET  /accounts/{id}/watchlist   the watched assets
 * POST /accounts/{id}/watchlist   watch {asset}: 701001 WATCHLIST_FULL, 701002 ASSET_ALREADY_WATCHED,
 *                                 701003 UNKNOWN_ASSET; and upstream 916001 for an unknown account
 * </pre>
 */
@RestController
@RequestMapping("/accounts/{id}/watchlist")
public class WatchlistController {
    /** How many assets one watchlist holds. */
    public static final int LIMIT = 3;

    /** The asset to watch. */
    public record Watch(String asset) {
    }

    private final Accounts accounts;
    private final Prices prices;
    private final Map<String, List<String>> watchlists = new ConcurrentHashMap<>();

    public WatchlistController(Accounts accounts, Prices prices) {
        this.accounts = accounts;
        this.prices = prices;
    }

    @GetMapping
    public List<String> get(@PathVariable String id) {
        Account account = accounts.get(id);
        return List.copyOf(watchlists.getOrDefault(account.id(), List.of()));
    }

    @PostMapping
    public List<String> watch(@PathVariable String id, @RequestBody Watch watch) {
        Account account = accounts.get(id);
        String asset = Require.asset(watch.asset());
        if (!prices.knows(asset)) {
            throw WatchlistException.unknownAsset(asset);
        }
        List<String> list = watchlists.computeIfAbsent(account.id(), key -> new ArrayList<>());
        synchronized (list) {
            if (list.contains(asset)) {
                throw WatchlistException.assetAlreadyWatched(asset);
            }
            if (list.size() >= LIMIT) {
                throw WatchlistException.watchlistFull(account.id(), LIMIT);
            }
            list.add(asset);
            return List.copyOf(list);
        }
    }
}
