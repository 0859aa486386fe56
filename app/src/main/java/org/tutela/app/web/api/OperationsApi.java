package org.tutela.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.app.Tutela;
import org.tutela.core.feed.ConsumerState;
import org.tutela.core.feed.FeedAlert;

/** How the installation is doing: the change feed's consumers, for administrators (and their monitoring). */
@RestController
@RequestMapping("/api/operations")
@Tag(name = "Operations", description = "The change feed: each consumer's position, lag, lease holder and last error")
public class OperationsApi {
    private final Tutela tutela;

    public OperationsApi(Tutela tutela) {
        this.tutela = tutela;
    }

    /** What the feed endpoint answers: healthy when no consumer is failing. */
    public record FeedHealth(boolean healthy, long head, List<Consumer> consumers, List<FeedAlert> alerts) {
    }

    /** One consumer as the endpoint shows it, its lag included. */
    public record Consumer(String consumer, long position, long lag, boolean failing, int failures, Optional<String> lastError,
                           Optional<Instant> lastErrorAt, Optional<Instant> advancedAt, Optional<String> leaseHolder) {
        static Consumer of(ConsumerState s) {
            return new Consumer(s.consumer(), s.position(), s.lag(), s.failing(), s.failures(), s.lastError(), s.lastErrorAt(),
                    s.advancedAt(), s.leaseHolder());
        }
    }

    @GetMapping("/feed")
    @Operation(summary = "The change feed's head and every consumer's position, lag, consecutive failures, last error and"
            + " lease holder, with the latest alerts of failing consumers; 503 while a consumer is failing")
    public ResponseEntity<FeedHealth> feed(@RequestParam(defaultValue = "20") int alerts) {
        List<ConsumerState> consumers = tutela.changeFeed().consumers();
        long head = consumers.isEmpty() ? tutela.changeFeed().head() : consumers.get(0).head();
        boolean healthy = consumers.stream().noneMatch(ConsumerState::failing);
        FeedHealth body = new FeedHealth(healthy, head, consumers.stream().map(Consumer::of).toList(), tutela.changeFeed().alerts(Math.max(1, Math.min(alerts, 200))));
        return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}
