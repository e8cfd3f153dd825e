package org.newsgraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sends a browser's GET of the root to the web page. The store is Fuseki's dataset at "/" (so that its
 * endpoints are /sparql and /update), and Fuseki would otherwise answer the root itself.
 */
final class IndexFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        boolean read = "GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod());
        if (read && (path.isEmpty() || path.equals("/"))) {
            request.getRequestDispatcher("/index.html").forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
