package jp.renkei.shell.admission;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in for the work of a request, right behind the admission control, for requests that carry the header
 * {@code X-Probe}: counts the requests inside at once (and the most ever), then answers 200 itself. {@code hold}
 * keeps the request inside until {@link #release()}; {@code brief} until as many as {@code X-Probe-Together} are
 * inside or half a second passed, so that the places are really used at the same time.
 */
class ConcurrencyProbe extends OncePerRequestFilter implements Ordered {

    static final String HEADER = "X-Probe";

    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final AtomicInteger entered = new AtomicInteger();
    private volatile CountDownLatch held = new CountDownLatch(1);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 3;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String mode = request.getHeader(HEADER);
        if (mode == null) {
            chain.doFilter(request, response);
            return;
        }
        entered.incrementAndGet();
        int now = inside.incrementAndGet();
        most.accumulateAndGet(now, Math::max);
        try {
            if (mode.equals("hold")) {
                held.await(30, TimeUnit.SECONDS);
            } else {
                int together = Integer.parseInt(request.getHeader("X-Probe-Together"));
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                while (inside.get() < together && System.nanoTime() < until) {
                    Thread.sleep(5);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inside.decrementAndGet();
        }
        response.setStatus(200);
        response.getWriter().write("ok");
    }

    int inside() {
        return inside.get();
    }

    int most() {
        return most.get();
    }

    int entered() {
        return entered.get();
    }

    void release() {
        held.countDown();
    }

    void reset() {
        held = new CountDownLatch(1);
        most.set(0);
        entered.set(0);
    }
}
