package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files from one folder of the class path (the web page, the WebJars, the preset queries), so
 * the page works the same from target/classes and from the shaded jar, with no internet.
 */
final class ClasspathResourceServlet extends HttpServlet {
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
    private final String folder;
    private final String cacheControl;

    /** {@code folder} is a class-path folder such as "org/newsgraph/web"; the request path is taken below it. */
    ClasspathResourceServlet(String folder, String cacheControl) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.cacheControl = cacheControl;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        // a path that climbs out of the folder, or names a class, is not ours to serve
        if (path.contains("..") || path.contains("//") || path.endsWith(".class")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClasspathResourceServlet.class.getClassLoader().getResourceAsStream(folder + path.substring(1))) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(contentType(path));
            response.setHeader("Cache-Control", cacheControl);
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (path.endsWith(".html")) {
                // a second line of defence behind the page's escaping: no inline or foreign script runs
                response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            }
            in.transferTo(response.getOutputStream());
        }
    }

    private String contentType(String path) {
        if (path.endsWith(".rq")) {
            return "application/sparql-query; charset=utf-8";
        }
        String type = getServletContext().getMimeType(path);
        if (type == null) {
            return "application/octet-stream";
        }
        boolean text = type.startsWith("text/") || type.endsWith("javascript") || type.endsWith("json") || type.endsWith("+xml");
        return text && !type.contains("charset") ? type + "; charset=utf-8" : type;
    }
}
